#include <stdio.h>
#include <stdlib.h>

struct ListNode {
    int val;
    struct ListNode* next;
};

/* Merge the two sorted lists by relinking their nodes and return the head of the
   merged sorted list (NULL if both are empty). */
struct ListNode* mergeTwoLists(struct ListNode* list1, struct ListNode* list2) {
    /* TODO: your code here */
    return NULL;
}

/* Reads a length and that many values; returns the head (NULL when empty). */
static struct ListNode* readList(int* length) {
    if (scanf("%d", length) != 1) {
        *length = 0;
        return NULL;
    }
    int n = *length;
    struct ListNode* nodes = malloc(sizeof(struct ListNode) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &nodes[i].val) != 1) nodes[i].val = 0;
        nodes[i].next = (i + 1 < n) ? &nodes[i + 1] : NULL;
    }
    return n > 0 ? &nodes[0] : NULL;
}

int main(void) {
    int n, m;
    struct ListNode* list1 = readList(&n);
    struct ListNode* list2 = readList(&m);

    struct ListNode* result = mergeTwoLists(list1, list2);

    /* Print at most n + m + 1 nodes, so that a cycle gives a wrong answer, not endless output. */
    int printed = 0;
    for (struct ListNode* p = result; p != NULL && printed <= n + m; p = p->next, printed++) {
        printf(printed > 0 ? " %d" : "%d", p->val);
    }
    printf("\n");
    return 0;
}
