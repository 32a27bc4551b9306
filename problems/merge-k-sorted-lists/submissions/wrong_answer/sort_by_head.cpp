// WA: sorts the lists by their first value and concatenates them. Right when the lists cover
// separate ranges of values, wrong as soon as two lists interleave.
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
    vector<ListNode*> heads;
    for (ListNode* head : lists) {
        if (head != nullptr) heads.push_back(head);
    }
    sort(heads.begin(), heads.end(), [](ListNode* a, ListNode* b) { return a->val < b->val; });
    ListNode dummy(0);
    ListNode* tail = &dummy;
    for (ListNode* head : heads) {
        tail->next = head;
        while (tail->next != nullptr) tail = tail->next;
    }
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
