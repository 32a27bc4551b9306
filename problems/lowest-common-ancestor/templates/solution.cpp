#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    int id;            // the node's index in the input, 1..n (handy for arrays)
    long long val;
    TreeNode* left;
    TreeNode* right;
    TreeNode(int id, long long v) : id(id), val(v), left(nullptr), right(nullptr) {}
};

class LCA {
public:
    // Called once, before the queries, with the root and the number of nodes.
    LCA(TreeNode* root, int n) {
        // TODO: preprocess the tree here
    }

    // Return the lowest common ancestor of u and v (a node is its own ancestor).
    TreeNode* query(TreeNode* u, TreeNode* v) {
        // TODO: your code here
        return u;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<TreeNode*> node(n + 1, nullptr);
    vector<int> l(n + 1), r(n + 1);
    for (int i = 1; i <= n; ++i) {
        long long v;
        cin >> v >> l[i] >> r[i];
        node[i] = new TreeNode(i, v);
    }
    for (int i = 1; i <= n; ++i) {
        node[i]->left = node[l[i]];   // node[0] is nullptr
        node[i]->right = node[r[i]];
    }
    LCA lca(node[1], n);
    int q;
    cin >> q;
    string out;
    while (q--) {
        int u, v;
        cin >> u >> v;
        out += to_string(lca.query(node[u], node[v])->id);
        out += '\n';
    }
    cout << out;
    return 0;
}
