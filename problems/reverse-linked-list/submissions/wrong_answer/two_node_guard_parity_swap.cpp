// WRONG: guard "two nodes or fewer -> swap them directly" (right), then the value-swapping
// reversal with the bound i <= n / 2: an even-length list swaps its middle pair twice, so the
// two middle values stay in their original order. The guard answers "1 2"; an even list of
// six or more with different middle values ("3 3 1 3 1 1") fails.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    explicit ListNode(int v, ListNode* n = nullptr) : val(v), next(n) {}
};

// Reverse the list by relinking its nodes and return the new head
// (the old tail), or nullptr for an empty list.
ListNode* reverseList(ListNode* head) {
    if (head == nullptr) return head;
    if (head->next == nullptr || head->next->next == nullptr) {
        if (head->next != nullptr) swap(head->val, head->next->val);
        return head;
    }
    vector<ListNode*> nodes;
    for (ListNode* p = head; p != nullptr; p = p->next) nodes.push_back(p);
    int n = (int)nodes.size();
    // Bug: the bound should be i < n / 2.
    for (int i = 0; i <= n / 2; i++) swap(nodes[i]->val, nodes[n - 1 - i]->val);
    return head;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> values(n);
    for (int& v : values) cin >> v;
    ListNode* head = nullptr;
    for (int i = n - 1; i >= 0; --i) head = new ListNode(values[i], head);

    ListNode* result = reverseList(head);

    // Print at most n + 1 nodes, so that a cycle gives a wrong answer, not endless output.
    string out;
    int printed = 0;
    for (ListNode* p = result; p != nullptr && printed <= n; p = p->next, ++printed) {
        if (printed > 0) out += ' ';
        out += to_string(p->val);
    }
    out += '\n';
    cout << out;
    return 0;
}
