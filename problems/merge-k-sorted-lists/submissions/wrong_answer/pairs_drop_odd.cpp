// WA: divide and conquer by merging lists in pairs, (0, 1), (2, 3), ..., round after round.
// When a round has an odd number of lists, the last one has no partner and is dropped.
// The guard for k = 1 hides the bug on the smallest inputs; k = 3 shows it.
#include <bits/stdc++.h>
using namespace std;

struct ListNode {
    int val;
    ListNode* next;
    explicit ListNode(int v, ListNode* n = nullptr) : val(v), next(n) {}
};

// Merge the k sorted lists (some of them may be empty: nullptr) by relinking their nodes, and
// return the head of the merged sorted list (nullptr if every list is empty or k = 0).
static ListNode* mergeTwo(ListNode* a, ListNode* b) {
    ListNode dummy(0);
    ListNode* tail = &dummy;
    while (a != nullptr && b != nullptr) {
        if (a->val <= b->val) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = (a != nullptr) ? a : b;
    return dummy.next;
}

ListNode* mergeKLists(vector<ListNode*>& lists) {
    if (lists.empty()) return nullptr;
    if (lists.size() == 1) return lists[0];
    vector<ListNode*> round = lists;
    while (round.size() > 1) {
        vector<ListNode*> next;
        for (size_t i = 0; i + 1 < round.size(); i += 2) next.push_back(mergeTwo(round[i], round[i + 1]));
        // Bug: when round.size() is odd, round.back() is never carried into the next round.
        round = next;
    }
    return round[0];
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
