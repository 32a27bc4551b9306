// WA: DFS that records the first node reached at each depth, but visits the left child first:
// that is the LEFT side view.
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
    vector<pair<TreeNode*, size_t>> stack;
    if (root) stack.push_back({root, 0});
    while (!stack.empty()) {
        auto [u, depth] = stack.back();
        stack.pop_back();
        if (depth == view.size()) view.push_back(u->val);
        if (u->right) stack.push_back({u->right, depth + 1});
        if (u->left) stack.push_back({u->left, depth + 1});     // popped first
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
