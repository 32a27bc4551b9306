#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A key-value store that keeps every version of every key. For each key, set is called with
   strictly increasing timestamps. Keys and values have at most 10 characters. */
typedef struct {
    int capacity; /* the most set operations that will ever be made */
    /* TODO: your fields */
} TimeMap;

TimeMap* timeMapCreate(int capacity) {
    TimeMap* obj = malloc(sizeof(TimeMap));
    obj->capacity = capacity;
    /* TODO: allocate what you need */
    return obj;
}

/* Store value for key at the given timestamp. (key and value are reused by the caller:
   copy them if you keep them.) */
void timeMapSet(TimeMap* obj, const char* key, const char* value, int timestamp) {
    /* TODO */
}

/* Return the value stored for key with the largest timestamp <= timestamp, or "-" if there is
   none (key never set, or set only later). The string must stay valid until the next call. */
const char* timeMapGet(TimeMap* obj, const char* key, int timestamp) {
    /* TODO */
    return "";
}

void timeMapFree(TimeMap* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    TimeMap* store = timeMapCreate(q);
    char op[8], key[16], value[16];
    for (int i = 0; i < q; i++) {
        int timestamp;
        if (scanf("%7s %15s", op, key) != 2) break;
        if (strcmp(op, "set") == 0) {
            if (scanf("%15s %d", value, &timestamp) != 2) break;
            timeMapSet(store, key, value, timestamp);
        } else { /* "get" */
            if (scanf("%d", &timestamp) != 1) break;
            puts(timeMapGet(store, key, timestamp));
        }
    }
    timeMapFree(store);
    return 0;
}
