#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
   from one call to the next, and several hits can arrive in the same second. */
typedef struct {
    int capacity; /* the most hits that will ever be recorded */
    /* TODO: your fields */
} HitCounter;

HitCounter* hitCounterCreate(int capacity) {
    HitCounter* obj = malloc(sizeof(HitCounter));
    obj->capacity = capacity;
    /* TODO: allocate what you need */
    return obj;
}

/* Record one hit at the given timestamp. */
void hitCounterHit(HitCounter* obj, int timestamp) {
    /* TODO */
}

/* Return the number of hits with a timestamp in [timestamp - 299, timestamp]. */
int hitCounterCount(HitCounter* obj, int timestamp) {
    /* TODO */
    return -1;
}

void hitCounterFree(HitCounter* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    HitCounter* counter = hitCounterCreate(q);
    char op[8];
    for (int i = 0; i < q; i++) {
        int timestamp;
        if (scanf("%7s %d", op, &timestamp) != 2) break;
        if (strcmp(op, "hit") == 0) {
            hitCounterHit(counter, timestamp);
        } else { /* "count" */
            printf("%d\n", hitCounterCount(counter, timestamp));
        }
    }
    hitCounterFree(counter);
    return 0;
}
