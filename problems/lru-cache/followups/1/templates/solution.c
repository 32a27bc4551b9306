#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A key-value cache of fixed capacity that evicts the least frequently used key
   (among keys with the same use count, the least recently used one).
   get and put should take O(1) time on average (O(log n) is fine too). */
typedef struct {
    int capacity;
    /* TODO: your fields */
} LFUCache;

LFUCache* lfuCacheCreate(int capacity) {
    LFUCache* obj = malloc(sizeof(LFUCache));
    obj->capacity = capacity;
    /* TODO: allocate what you need (at most `capacity` keys are cached at once) */
    return obj;
}

/* Return the value stored for key, or -1 if key is not cached.
   A successful get is a use of key: its count goes up by 1. */
int lfuCacheGet(LFUCache* obj, int key) {
    /* TODO */
    return -1;
}

/* Store value for key. Updating a cached key is a use (its count goes up by 1);
   a new key starts at count 1. If this adds a key to a full cache, first evict the
   key with the smallest count (the least recently used one among equal counts). */
void lfuCachePut(LFUCache* obj, int key, int value) {
    /* TODO */
}

void lfuCacheFree(LFUCache* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int capacity, q;
    if (scanf("%d %d", &capacity, &q) != 2) return 0;
    LFUCache* cache = lfuCacheCreate(capacity);
    char op[8];
    for (int i = 0; i < q; i++) {
        int key, value;
        if (scanf("%7s %d", op, &key) != 2) break;
        if (strcmp(op, "get") == 0) {
            printf("%d\n", lfuCacheGet(cache, key));
        } else { /* "put" */
            if (scanf("%d", &value) != 1) break;
            lfuCachePut(cache, key, value);
        }
    }
    lfuCacheFree(cache);
    return 0;
}
