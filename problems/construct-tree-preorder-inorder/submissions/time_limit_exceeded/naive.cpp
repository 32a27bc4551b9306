// TLE: correct divide and conquer, but finds the root in the inorder by a linear scan of the
// range. O(n^2) on a path of left children, where the root is always last in its range:
// about 2 * 10^10 comparisons for n = 200000.
#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    long long val;
    TreeNode* left;
    TreeNode* right;
    explicit TreeNode(long long v) : val(v), left(nullptr), right(nullptr) {}
};

namespace {
TreeNode* build(const vector<long long>& pre, const vector<long long>& in, int p, int lo, int hi) {
    if (lo >= hi) return nullptr;
    TreeNode* root = new TreeNode(pre[p]);
    int k = lo;
    while (in[k] != pre[p]) ++k;
    root->left = build(pre, in, p + 1, lo, k);
    root->right = build(pre, in, p + 1 + (k - lo), k + 1, hi);
    return root;
}
}  // namespace

// Build the binary tree whose preorder and inorder traversals are given (all values are
// distinct) and return its root, or nullptr when the traversals are empty.
// Create the nodes with new TreeNode(value).
TreeNode* buildTree(vector<long long>& preorder, vector<long long>& inorder) {
    return build(preorder, inorder, 0, 0, (int)inorder.size());
}

// ---- the starter code prints the tree; no need to read further ----

// Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
// breadth-first, left to right). Stops if more than n nodes are reached.
static void printTree(TreeNode* root, size_t n) {
    vector<TreeNode*> order;
    if (root) order.push_back(root);
    for (size_t i = 0; i < order.size() && order.size() <= n; ++i) {
        if (order[i]->left) order.push_back(order[i]->left);
        if (order[i]->right) order.push_back(order[i]->right);
    }
    if (order.size() > n) {
        cout << "error: the tree has more than n nodes, or a node is reached twice\n";
        return;
    }
    string out = to_string(order.size()) + "\n";
    size_t next = 2;  // children are numbered in the order breadth-first search meets them
    for (TreeNode* u : order) {
        size_t l = u->left ? next++ : 0;
        size_t r = u->right ? next++ : 0;
        out += to_string(u->val) + " " + to_string(l) + " " + to_string(r) + "\n";
    }
    cout << out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    size_t n = 0;
    cin >> n;
    vector<long long> preorder(n), inorder(n);
    for (auto& v : preorder) cin >> v;
    for (auto& v : inorder) cin >> v;

    TreeNode* root = buildTree(preorder, inorder);

    printTree(root, n);
    return 0;
}
