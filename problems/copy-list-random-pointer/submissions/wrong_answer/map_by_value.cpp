// WA: maps each VALUE to a copy instead of each node. With repeated values, a random pointer
// goes to the last copy holding that value, not to the copy of its own target. Passes the
// samples (where the first 7 is never a random target).
#include <bits/stdc++.h>
using namespace std;

struct Node {
    int val;
    Node* next;
    Node* random;
    explicit Node(int v) : val(v), next(nullptr), random(nullptr) {}
};

// Return the head of a deep copy of the list: new nodes (allocate them with new), one per
// original node, with the same values, whose next and random pointers point to the
// corresponding NEW nodes. The original list must be unchanged when you return.
Node* copyRandomList(Node* head) {
    unordered_map<int, Node*> copyOfValue;
    vector<Node*> copies;
    for (Node* p = head; p != nullptr; p = p->next) {
        Node* c = new Node(p->val);
        copyOfValue[p->val] = c;
        copies.push_back(c);
    }
    size_t i = 0;
    for (Node* p = head; p != nullptr; p = p->next, ++i) {
        copies[i]->next = i + 1 < copies.size() ? copies[i + 1] : nullptr;
        copies[i]->random = p->random != nullptr ? copyOfValue[p->random->val] : nullptr;
    }
    return copies.empty() ? nullptr : copies[0];
}

// ---- the starter code checks the copy and prints it; no need to read further ----

static string checkAndPrint(const vector<Node*>& orig, const vector<int>& val,
                            const vector<int>& rnd, Node* copy) {
    const int n = (int)orig.size();
    for (int i = 0; i < n; ++i) {
        Node* wantNext = i + 1 < n ? orig[i + 1] : nullptr;
        Node* wantRandom = rnd[i] >= 0 ? orig[rnd[i]] : nullptr;
        if (orig[i]->val != val[i] || orig[i]->next != wantNext || orig[i]->random != wantRandom)
            return "error: the original list was modified (node " + to_string(i) + ")\n";
    }
    unordered_set<Node*> isOrig(orig.begin(), orig.end());
    vector<Node*> nodes;
    unordered_map<Node*, int> index;
    for (Node* p = copy; p != nullptr; p = p->next) {
        if (isOrig.count(p))
            return "error: node " + to_string(nodes.size()) + " of the copy is a node of the original list\n";
        if ((int)nodes.size() == n || index.count(p))
            return "error: the copy has more than n nodes, or its next pointers form a cycle\n";
        index[p] = (int)nodes.size();
        nodes.push_back(p);
    }
    string out = to_string(nodes.size()) + "\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
        Node* r = nodes[i]->random;
        int ri = -1;
        if (r != nullptr) {
            if (isOrig.count(r))
                return "error: the random pointer of node " + to_string(i) + " of the copy points into the original list\n";
            auto it = index.find(r);
            if (it == index.end())
                return "error: the random pointer of node " + to_string(i) + " of the copy points outside the copy\n";
            ri = it->second;
        }
        out += to_string(nodes[i]->val) + " " + to_string(ri) + "\n";
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> val(n), rnd(n);
    vector<Node*> orig(n);
    for (int i = 0; i < n; ++i) {
        cin >> val[i] >> rnd[i];
        orig[i] = new Node(val[i]);
    }
    for (int i = 0; i < n; ++i) {
        orig[i]->next = i + 1 < n ? orig[i + 1] : nullptr;
        orig[i]->random = rnd[i] >= 0 ? orig[rnd[i]] : nullptr;
    }
    Node* head = n > 0 ? orig[0] : nullptr;

    Node* copy = copyRandomList(head);

    cout << checkAndPrint(orig, val, rnd, copy);
    return 0;
}
