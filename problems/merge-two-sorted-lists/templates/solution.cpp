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
    // TODO: your code here
    return nullptr;
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
