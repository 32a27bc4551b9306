// Intended solution: BFS by levels; the last node popped in each round is visible.
// O(n) time and space.
#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    long long val;
    TreeNode* left;
    TreeNode* right;
    explicit TreeNode(long long v) : val(v), left(nullptr), right(nullptr) {}
};

// Return the values seen from the right side: for every level from the root down, the value
// of the last node of that level from left to right. root is nullptr for an empty tree.
vector<long long> rightSideView(TreeNode* root) {
    vector<long long> view;
    if (root == nullptr) return view;
    queue<TreeNode*> q;
    q.push(root);
    while (!q.empty()) {
        size_t k = q.size();            // exactly the nodes of this level
        for (size_t i = 0; i < k; ++i) {
            TreeNode* u = q.front();
            q.pop();
            if (i + 1 == k) view.push_back(u->val);   // the rightmost node of the level
            if (u->left) q.push(u->left);
            if (u->right) q.push(u->right);
        }
    }
    return view;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<TreeNode*> node(n + 1, nullptr);
    vector<int> l(n + 1), r(n + 1);
    for (int i = 1; i <= n; ++i) {
        long long v;
        cin >> v >> l[i] >> r[i];
        node[i] = new TreeNode(v);
    }
    for (int i = 1; i <= n; ++i) {
        node[i]->left = node[l[i]];   // node[0] is nullptr
        node[i]->right = node[r[i]];
    }
    TreeNode* root = n > 0 ? node[1] : nullptr;

    vector<long long> view = rightSideView(root);

    string out;
    for (size_t i = 0; i < view.size(); ++i) {
        if (i > 0) out += ' ';
        out += to_string(view[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
