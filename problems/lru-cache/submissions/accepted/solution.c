/* Intended solution: hash map + recency list, O(1) per operation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nodes live in arrays indexed 0..capacity-1, linked in recency order (prev/next, -1 = none).
   An open-addressing table (linear probing, no deletions: evicted slots are reused in place by
   relinking the key) maps a key to its node. */
typedef struct {
    int capacity, size, head, tail; /* head = most recently used */
    int *keys, *values, *prev, *next;
    int *table; /* node index + 1, or 0 for an empty slot */
    int mask;
} LRUCache;

static unsigned hashKey(int key) {
    return (unsigned)key * 2654435761u;
}

/* Returns the table slot of key, or the empty slot where it would go. */
static int findSlot(LRUCache* c, int key) {
    int s = (int)(hashKey(key) & (unsigned)c->mask);
    while (c->table[s] != 0 && c->keys[c->table[s] - 1] != key) s = (s + 1) & c->mask;
    return s;
}

/* Removes the entry in slot s, moving later entries of the probe run back (no tombstones). */
static void eraseSlot(LRUCache* c, int s) {
    int hole = s;
    for (int j = (s + 1) & c->mask; c->table[j] != 0; j = (j + 1) & c->mask) {
        int home = (int)(hashKey(c->keys[c->table[j] - 1]) & (unsigned)c->mask);
        /* the entry at j may fill the hole if its home is not cyclically in (hole, j] */
        int between = (hole <= j) ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!between) {
            c->table[hole] = c->table[j];
            hole = j;
        }
    }
    c->table[hole] = 0;
}

static void unlinkNode(LRUCache* c, int n) {
    if (c->prev[n] >= 0) c->next[c->prev[n]] = c->next[n]; else c->head = c->next[n];
    if (c->next[n] >= 0) c->prev[c->next[n]] = c->prev[n]; else c->tail = c->prev[n];
}

static void pushFront(LRUCache* c, int n) {
    c->prev[n] = -1;
    c->next[n] = c->head;
    if (c->head >= 0) c->prev[c->head] = n; else c->tail = n;
    c->head = n;
}

LRUCache* lruCacheCreate(int capacity) {
    LRUCache* c = malloc(sizeof(LRUCache));
    c->capacity = capacity;
    c->size = 0;
    c->head = c->tail = -1;
    c->keys = malloc(sizeof(int) * (size_t)capacity);
    c->values = malloc(sizeof(int) * (size_t)capacity);
    c->prev = malloc(sizeof(int) * (size_t)capacity);
    c->next = malloc(sizeof(int) * (size_t)capacity);
    int slots = 1;
    while (slots < 2 * capacity + 2) slots *= 2;
    c->table = calloc((size_t)slots, sizeof(int));
    c->mask = slots - 1;
    return c;
}

int lruCacheGet(LRUCache* c, int key) {
    int s = findSlot(c, key);
    if (c->table[s] == 0) return -1;
    int n = c->table[s] - 1;
    unlinkNode(c, n);
    pushFront(c, n);
    return c->values[n];
}

void lruCachePut(LRUCache* c, int key, int value) {
    int s = findSlot(c, key);
    if (c->table[s] != 0) {
        int n = c->table[s] - 1;
        c->values[n] = value;
        unlinkNode(c, n);
        pushFront(c, n);
        return;
    }
    int n;
    if (c->size == c->capacity) {
        n = c->tail; /* evict the least recently used node and reuse it */
        unlinkNode(c, n);
        eraseSlot(c, findSlot(c, c->keys[n]));
        s = findSlot(c, key); /* the probe run may have moved */
    } else {
        n = c->size++;
    }
    c->keys[n] = key;
    c->values[n] = value;
    c->table[s] = n + 1;
    pushFront(c, n);
}

void lruCacheFree(LRUCache* c) {
    free(c->keys);
    free(c->values);
    free(c->prev);
    free(c->next);
    free(c->table);
    free(c);
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
