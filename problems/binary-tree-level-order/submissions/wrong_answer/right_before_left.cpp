// WA: BFS by levels, but pushes the right child before the left one: every level comes out
// from right to left.
#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    long long val;
    TreeNode* left;
    TreeNode* right;
    explicit TreeNode(long long v) : val(v), left(nullptr), right(nullptr) {}
};

// Return the values of the tree level by level: entry d holds the values of the nodes at
// depth d (the root is at depth 0), from left to right. root is nullptr for an empty tree.
vector<vector<long long>> levelOrder(TreeNode* root) {
    vector<vector<long long>> levels;
    if (root == nullptr) return levels;
    queue<TreeNode*> q;
    q.push(root);
    while (!q.empty()) {
        size_t k = q.size();
        vector<long long> level;
        for (size_t i = 0; i < k; ++i) {
            TreeNode* u = q.front();
            q.pop();
            level.push_back(u->val);
            if (u->right) q.push(u->right);
            if (u->left) q.push(u->left);
        }
        levels.push_back(level);
    }
    return levels;
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

    vector<vector<long long>> levels = levelOrder(root);

    string out;
    for (const auto& level : levels) {
        for (size_t i = 0; i < level.size(); ++i) {
            if (i > 0) out += ' ';
            out += to_string(level[i]);
        }
        out += '\n';
    }
    cout << out;
    return 0;
}
