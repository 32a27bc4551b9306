/* Intended solution: Floyd's tortoise and hare, then a second walk from the head to the
   first node of the cycle. O(n) time, O(1) extra space. */
#include <stdio.h>
#include <stdlib.h>

struct ListNode {
    int val;
    struct ListNode* next;
};

/* Return the node where the cycle begins (the first node reached twice when walking from
   head), or NULL if the list has no cycle. Do not modify the list. */
struct ListNode* detectCycle(struct ListNode* head) {
    struct ListNode* slow = head;
    struct ListNode* fast = head;
    while (fast != NULL && fast->next != NULL) {
        slow = slow->next;
        fast = fast->next->next;
        if (slow == fast) {
            struct ListNode* p = head;
            while (p != slow) {
                p = p->next;
                slow = slow->next;
            }
            return p;
        }
    }
    return NULL;
}

int main(void) {
    int n = 0, pos = -1;
    if (scanf("%d", &n) != 1) return 0;
    struct ListNode* nodes = malloc(sizeof(struct ListNode) * (size_t)(n > 0 ? n : 1));
    int* values = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &values[i]) != 1) return 0;
        nodes[i].val = values[i];
        nodes[i].next = NULL;
    }
    if (scanf("%d", &pos) != 1) return 0;
    for (int i = 0; i + 1 < n; i++) nodes[i].next = &nodes[i + 1];
    if (n > 0 && pos >= 0) nodes[n - 1].next = &nodes[pos];
    struct ListNode* head = n > 0 ? &nodes[0] : NULL;

    struct ListNode* result = detectCycle(head);

    /* The list must be unchanged. */
    for (int i = 0; i < n; i++) {
        struct ListNode* want = i + 1 < n ? &nodes[i + 1] : (pos >= 0 ? &nodes[pos] : NULL);
        if (nodes[i].val != values[i] || nodes[i].next != want) {
            printf("error: the list was modified (node %d)\n", i);
            return 0;
        }
    }
    if (result == NULL) {
        printf("-1\n");
        return 0;
    }
    for (int i = 0; i < n; i++) {
        if (&nodes[i] == result) {
            printf("%d\n", i);
            return 0;
        }
    }
    printf("error: the returned node is not a node of the list\n");
    return 0;
}
