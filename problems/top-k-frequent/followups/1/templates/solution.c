#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Counts plays as they arrive and reports the k most played values at any moment. */
typedef struct {
    int k;
    /* TODO: your fields */
} TopKCounter;

/* q is the number of operations: at most q plays will be recorded. */
TopKCounter* topKCounterCreate(int k, int q) {
    TopKCounter* obj = malloc(sizeof(TopKCounter));
    obj->k = k;
    /* TODO: allocate what you need */
    return obj;
}

/* Record one play of value x. */
void topKCounterAdd(TopKCounter* obj, int x) {
    /* TODO */
}

/* Write into out min(k, d) distinct values played so far (d = how many distinct values were
   played), each played at least as often as every value not written; any order, ties broken
   any way. Return how many values were written. */
int topKCounterTop(TopKCounter* obj, int* out) {
    /* TODO */
    return 0;
}

void topKCounterFree(TopKCounter* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int k, q;
    if (scanf("%d %d", &k, &q) != 2) return 0;
    TopKCounter* counter = topKCounterCreate(k, q);
    int* top = malloc(sizeof(int) * (k + 1));
    char op[8];
    for (int i = 0; i < q; i++) {
        if (scanf("%7s", op) != 1) break;
        if (strcmp(op, "add") == 0) {
            int x;
            if (scanf("%d", &x) != 1) break;
            topKCounterAdd(counter, x);
        } else { /* "top" */
            int m = topKCounterTop(counter, top);
            for (int j = 0; j < m; j++) printf(j ? " %d" : "%d", top[j]);
            printf("\n");
        }
    }
    free(top);
    topKCounterFree(counter);
    return 0;
}
