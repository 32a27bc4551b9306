/* Intended solution without a hash map: weave each copy after its original, set the copies'
   random pointers, then unweave and restore the original. O(n) time, O(1) extra space. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct Node {
    int val;
    struct Node* next;
    struct Node* random;
};

/* Return the head of a deep copy of the list: new nodes (allocate them with malloc), one per
   original node, with the same values, whose next and random pointers point to the
   corresponding NEW nodes. The original list must be unchanged when you return. */
struct Node* copyRandomList(struct Node* head) {
    if (head == NULL) return NULL;
    for (struct Node* p = head; p != NULL; p = p->next->next) {
        struct Node* c = malloc(sizeof(struct Node));
        c->val = p->val;
        c->random = NULL;
        c->next = p->next;
        p->next = c;
    }
    for (struct Node* p = head; p != NULL; p = p->next->next)
        p->next->random = p->random != NULL ? p->random->next : NULL;
    struct Node* copyHead = head->next;
    for (struct Node* p = head; p != NULL; p = p->next) {
        struct Node* c = p->next;
        p->next = c->next;
        c->next = c->next != NULL ? c->next->next : NULL;
    }
    return copyHead;
}

/* ---- the starter code checks the copy and prints it; no need to read further ---- */

struct Entry {
    uintptr_t addr;
    int index;
};

static int cmpEntry(const void* a, const void* b) {
    uintptr_t x = ((const struct Entry*)a)->addr, y = ((const struct Entry*)b)->addr;
    return x < y ? -1 : x > y;
}

static struct Node* orig;  /* the original nodes, one array */
static int n;

static int isOrig(const struct Node* p) {
    uintptr_t a = (uintptr_t)p, lo = (uintptr_t)orig, hi = (uintptr_t)(orig + n);
    return n > 0 && a >= lo && a < hi;
}

/* Index of p among the sorted copy nodes, or -1. */
static int findIndex(const struct Entry* sorted, int m, const struct Node* p) {
    int lo = 0, hi = m - 1;
    uintptr_t a = (uintptr_t)p;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (sorted[mid].addr == a) return sorted[mid].index;
        if (sorted[mid].addr < a) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}

int main(void) {
    if (scanf("%d", &n) != 1) return 0;
    int* val = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    int* rnd = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    orig = malloc(sizeof(struct Node) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d %d", &val[i], &rnd[i]) != 2) return 0;
    }
    for (int i = 0; i < n; i++) {
        orig[i].val = val[i];
        orig[i].next = i + 1 < n ? &orig[i + 1] : NULL;
        orig[i].random = rnd[i] >= 0 ? &orig[rnd[i]] : NULL;
    }
    struct Node* head = n > 0 ? &orig[0] : NULL;

    struct Node* copy = copyRandomList(head);

    for (int i = 0; i < n; i++) {
        struct Node* wantNext = i + 1 < n ? &orig[i + 1] : NULL;
        struct Node* wantRandom = rnd[i] >= 0 ? &orig[rnd[i]] : NULL;
        if (orig[i].val != val[i] || orig[i].next != wantNext || orig[i].random != wantRandom) {
            printf("error: the original list was modified (node %d)\n", i);
            return 0;
        }
    }
    struct Node** nodes = malloc(sizeof(struct Node*) * (size_t)(n + 1));
    int m = 0;
    for (struct Node* p = copy; p != NULL; p = p->next) {
        if (isOrig(p)) {
            printf("error: node %d of the copy is a node of the original list\n", m);
            return 0;
        }
        if (m == n) {
            printf("error: the copy has more than n nodes, or its next pointers form a cycle\n");
            return 0;
        }
        nodes[m++] = p;
    }
    struct Entry* sorted = malloc(sizeof(struct Entry) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        sorted[i].addr = (uintptr_t)nodes[i];
        sorted[i].index = i;
    }
    qsort(sorted, (size_t)m, sizeof(struct Entry), cmpEntry);
    int* ri = malloc(sizeof(int) * (size_t)(m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        struct Node* r = nodes[i]->random;
        ri[i] = -1;
        if (r == NULL) continue;
        if (isOrig(r)) {
            printf("error: the random pointer of node %d of the copy points into the original list\n", i);
            return 0;
        }
        ri[i] = findIndex(sorted, m, r);
        if (ri[i] < 0) {
            printf("error: the random pointer of node %d of the copy points outside the copy\n", i);
            return 0;
        }
    }
    printf("%d\n", m);
    for (int i = 0; i < m; i++) printf("%d %d\n", nodes[i]->val, ri[i]);
    return 0;
}
