// WRONG: guards first -- if either list is empty, return the other one (right) -- then the
// two-pointer merge, but after the loop it attaches only list2's leftover. When list2 runs out
// first, the rest of list1 is lost. The guards answer every test with an empty list; 5 / -5
// (one node each) already fails.
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
    if (list1 == nullptr) return list2;
    if (list2 == nullptr) return list1;
    ListNode dummy(0);
    ListNode* tail = &dummy;
    while (list1 != nullptr && list2 != nullptr) {
        if (list1->val <= list2->val) {
            tail->next = list1;
            list1 = list1->next;
        } else {
            tail->next = list2;
            list2 = list2->next;
        }
        tail = tail->next;
    }
    tail->next = list2;  // bug: list1's leftover is dropped
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
