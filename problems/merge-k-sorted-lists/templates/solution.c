#include <stdio.h>
#include <stdlib.h>

struct ListNode {
    int val;
    struct ListNode* next;
};

/* Merge the k sorted lists (lists[0..k-1]; an empty list is NULL) by relinking their nodes,
   and return the head of the merged sorted list (NULL if every list is empty or k = 0). */
struct ListNode* mergeKLists(struct ListNode** lists, int k) {
    /* TODO: your code here */
    return NULL;
}

int main(void) {
    int k;
    if (scanf("%d", &k) != 1) k = 0;
    struct ListNode** lists = malloc(sizeof(struct ListNode*) * (size_t)(k > 0 ? k : 1));
    long long total = 0;
    for (int i = 0; i < k; i++) {
        int n;
        if (scanf("%d", &n) != 1) n = 0;
        total += n;
        struct ListNode* nodes = malloc(sizeof(struct ListNode) * (size_t)(n > 0 ? n : 1));
        for (int j = 0; j < n; j++) {
            if (scanf("%d", &nodes[j].val) != 1) nodes[j].val = 0;
            nodes[j].next = (j + 1 < n) ? &nodes[j + 1] : NULL;
        }
        lists[i] = n > 0 ? &nodes[0] : NULL;
    }

    struct ListNode* result = mergeKLists(lists, k);

    /* Print at most total + 1 nodes, so that a cycle gives a wrong answer, not endless output. */
    long long printed = 0;
    for (struct ListNode* p = result; p != NULL && printed <= total; p = p->next, printed++) {
        printf(printed > 0 ? " %d" : "%d", p->val);
    }
    printf("\n");
    return 0;
}
