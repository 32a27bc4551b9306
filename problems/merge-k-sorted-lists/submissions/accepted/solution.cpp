// Intended solution: a min-heap of the k list heads, O(N log k) time, O(k) extra space.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    explicit ListNode(int v, ListNode* n = nullptr) : val(v), next(n) {}
};

// Merge the k sorted lists (some of them may be empty: nullptr) by relinking their nodes, and
// return the head of the merged sorted list (nullptr if every list is empty or k = 0).
ListNode* mergeKLists(vector<ListNode*>& lists) {
    // A min-heap of the current head of every non-empty list, smallest value on top.
    auto later = [](const ListNode* a, const ListNode* b) { return a->val > b->val; };
    priority_queue<ListNode*, vector<ListNode*>, decltype(later)> heads(later);
    for (ListNode* head : lists) {
        if (head != nullptr) heads.push(head);  // empty lists have no head to offer
    }
    ListNode dummy(0);
    ListNode* tail = &dummy;
    while (!heads.empty()) {
        ListNode* node = heads.top();
        heads.pop();
        tail->next = node;
        tail = node;
        if (node->next != nullptr) heads.push(node->next);
    }
    tail->next = nullptr;
    return dummy.next;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k = 0;
    cin >> k;
    vector<ListNode*> lists(k, nullptr);
    long long total = 0;
    for (int i = 0; i < k; ++i) {
        int length;
        cin >> length;
        total += length;
        vector<int> values(length);
        for (int& v : values) cin >> v;
        for (int j = length - 1; j >= 0; --j) lists[i] = new ListNode(values[j], lists[i]);
    }

    ListNode* result = mergeKLists(lists);

    // Print at most total + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    string out;
    long long printed = 0;
    for (ListNode* p = result; p != nullptr && printed <= total; p = p->next, ++printed) {
        if (printed > 0) out += ' ';
        out += to_string(p->val);
    }
    out += '\n';
    cout << out;
    return 0;
}
