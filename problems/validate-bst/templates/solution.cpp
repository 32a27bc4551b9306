#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    long long val;
    TreeNode* left;
    TreeNode* right;
    explicit TreeNode(long long v) : val(v), left(nullptr), right(nullptr) {}
};

// Return true if the tree is a binary search tree: for every node, all values in its left
// subtree are smaller and all values in its right subtree are larger (strictly).
// root is nullptr for an empty tree.
bool isValidBST(TreeNode* root) {
    // TODO: your code here
    return false;
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
    cout << (isValidBST(root) ? "true" : "false") << "\n";
    return 0;
}
