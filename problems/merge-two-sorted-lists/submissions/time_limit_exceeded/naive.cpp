// TLE: correct, but concatenates and insertion-sorts: O((n + m)^2) = 2e10 steps at n = m = 100000.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    explicit ListNode(int v, ListNode* n = nullptr) : val(v), next(n) {}
};

// Merge the two sorted lists by relinking their nodes and return the head of the
// merged sorted list (nullptr if both are empty).
ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
    // Concatenate, then insertion-sort the list: each node is inserted by walking the
    // sorted part from its head. On (nearly) sorted input every walk goes to the end.
    ListNode* all = list1;
    if (all == nullptr) {
        all = list2;
    } else {
        ListNode* p = all;
        while (p->next != nullptr) p = p->next;
        p->next = list2;
    }
    ListNode dummy(0);
    while (all != nullptr) {
        ListNode* node = all;
        all = all->next;
        ListNode* pos = &dummy;
        while (pos->next != nullptr && pos->next->val <= node->val) pos = pos->next;
        node->next = pos->next;
        pos->next = node;
    }
    return dummy.next;
}

static ListNode* readList(int& length) {
    cin >> length;
    vector<int> values(length);
    for (int& v : values) cin >> v;
    ListNode* head = nullptr;
    for (int i = length - 1; i >= 0; --i) head = new ListNode(values[i], head);
    return head;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, m = 0;
    ListNode* list1 = readList(n);
    ListNode* list2 = readList(m);

    ListNode* result = mergeTwoLists(list1, list2);

    // Print at most n + m + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    string out;
    int printed = 0;
    for (ListNode* p = result; p != nullptr && printed <= n + m; p = p->next, ++printed) {
        if (printed > 0) out += ' ';
        out += to_string(p->val);
    }
    out += '\n';
    cout << out;
    return 0;
}
