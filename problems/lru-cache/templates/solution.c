#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A key-value cache of fixed capacity that evicts the least recently used key.
   get and put should take O(1) time on average. */
typedef struct {
    int capacity;
    /* TODO: your fields */
} LRUCache;

LRUCache* lruCacheCreate(int capacity) {
    LRUCache* obj = malloc(sizeof(LRUCache));
    obj->capacity = capacity;
    /* TODO: allocate what you need (at most `capacity` keys are cached at once) */
    return obj;
}

/* Return the value stored for key, or -1 if key is not cached.
   A successful get makes key the most recently used. */
int lruCacheGet(LRUCache* obj, int key) {
    /* TODO */
    return -1;
}

/* Store value for key (replacing any old value) and make key the most recently used.
   If this adds a key to a full cache, first evict the least recently used key. */
void lruCachePut(LRUCache* obj, int key, int value) {
    /* TODO */
}

void lruCacheFree(LRUCache* obj) {
    /* TODO: free what you allocated */
    free(obj);
}

int main(void) {
    int capacity, q;
    if (scanf("%d %d", &capacity, &q) != 2) return 0;
    LRUCache* cache = lruCacheCreate(capacity);
    char op[8];
    for (int i = 0; i < q; i++) {
        int key, value;
        if (scanf("%7s %d", op, &key) != 2) break;
        if (strcmp(op, "get") == 0) {
            printf("%d\n", lruCacheGet(cache, key));
        } else { /* "put" */
            if (scanf("%d", &value) != 1) break;
            lruCachePut(cache, key, value);
        }
    }
    lruCacheFree(cache);
    return 0;
}
