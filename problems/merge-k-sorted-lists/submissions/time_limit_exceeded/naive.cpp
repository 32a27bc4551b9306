// TLE: merges the lists one at a time into a growing result. Each merge walks the result built
// so far, so the total is O(k N): about 10^10 node steps for 100000 lists of 2 nodes.
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
    ListNode* result = nullptr;
    for (ListNode* list : lists) result = mergeTwo(result, list);
    return result;
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
