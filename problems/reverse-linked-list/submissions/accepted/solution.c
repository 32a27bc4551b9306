/* Intended solution: iterative pointer reversal, O(n) time, O(1) extra space. */
#include <stdio.h>
#include <stdlib.h>

struct ListNode {
    int val;
    struct ListNode* next;
};

/* Reverse the list by relinking its nodes and return the new head
   (the old tail), or NULL for an empty list. */
struct ListNode* reverseList(struct ListNode* head) {
    struct ListNode* prev = NULL;
    struct ListNode* cur = head;
    while (cur != NULL) {
        struct ListNode* next = cur->next;
        cur->next = prev;
        prev = cur;
        cur = next;
    }
    return prev;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    struct ListNode* nodes = malloc(sizeof(struct ListNode) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nodes[i].val) != 1) return 0;
        nodes[i].next = (i + 1 < n) ? &nodes[i + 1] : NULL;
    }
    struct ListNode* head = n > 0 ? &nodes[0] : NULL;

    struct ListNode* result = reverseList(head);

    /* Print at most n + 1 nodes, so that a cycle gives a wrong answer, not endless output. */
    int printed = 0;
    for (struct ListNode* p = result; p != NULL && printed <= n; p = p->next, printed++) {
        printf(printed > 0 ? " %d" : "%d", p->val);
    }
    printf("\n");
    free(nodes);
    return 0;
}
