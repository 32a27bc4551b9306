// WA: follows right children from the root and records each of them: misses every level
// below the end of the right spine.
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
    for (TreeNode* u = root; u != nullptr; u = u->right) view.push_back(u->val);
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
