// TLE: correct and O(1) extra space, but for the k-th node reached it rescans the first k - 1
// nodes from the head to see whether it was reached before. O(n^2): about 2e10 steps at
// n = 200000.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    explicit ListNode(int v, ListNode* n = nullptr) : val(v), next(n) {}
};

// Return the node where the cycle begins (the first node reached twice when walking from
// head), or nullptr if the list has no cycle. Do not modify the list.
ListNode* detectCycle(ListNode* head) {
    int k = 0;
    for (ListNode* p = head; p != nullptr; p = p->next, ++k) {
        ListNode* q = head;
        for (int j = 0; j < k; ++j, q = q->next)
            if (q == p) return p;       // reached p before: the cycle starts here
    }
    return nullptr;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, pos = -1;
    cin >> n;
    vector<ListNode*> nodes(n);
    vector<int> values(n);
    for (int i = 0; i < n; ++i) {
        cin >> values[i];
        nodes[i] = new ListNode(values[i]);
    }
    cin >> pos;
    for (int i = 0; i + 1 < n; ++i) nodes[i]->next = nodes[i + 1];
    if (n > 0 && pos >= 0) nodes[n - 1]->next = nodes[pos];
    ListNode* head = n > 0 ? nodes[0] : nullptr;

    ListNode* result = detectCycle(head);

    // The list must be unchanged.
    for (int i = 0; i < n; ++i) {
        ListNode* want = i + 1 < n ? nodes[i + 1] : (pos >= 0 ? nodes[pos] : nullptr);
        if (nodes[i]->val != values[i] || nodes[i]->next != want) {
            cout << "error: the list was modified (node " << i << ")\n";
            return 0;
        }
    }
    if (result == nullptr) {
        cout << -1 << "\n";
        return 0;
    }
    for (int i = 0; i < n; ++i) {
        if (nodes[i] == result) {
            cout << i << "\n";
            return 0;
        }
    }
    cout << "error: the returned node is not a node of the list\n";
    return 0;
}
