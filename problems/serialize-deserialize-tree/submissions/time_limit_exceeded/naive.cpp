// TLE: a correct codec (level order with '#'), but serialize builds the string with
// out = out + token, which copies the whole string for every token: O(n^2) bytes copied,
// about 5 * 10^11 for a path of 200000 nodes.
#include <bits/stdc++.h>
using namespace std;

struct TreeNode {
    long long val;
    TreeNode* left;
    TreeNode* right;
    explicit TreeNode(long long v) : val(v), left(nullptr), right(nullptr) {}
};

// Encodes a binary tree as a string, and decodes such a string back into a tree.
// The starter code encodes every tree first, then wipes the original trees, and only then
// decodes the strings (with a different Codec object): deserialize must rebuild the tree
// from the string alone.
class Codec {
public:
    // Encode the tree rooted at root (nullptr for an empty tree) as a string.
    string serialize(TreeNode* root) {
        string out;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            TreeNode* u = q.front();
            q.pop();
            string token = u == nullptr ? "#" : to_string(u->val);
            out = out + (out.empty() ? "" : " ") + token;   // a new copy of out every time
            if (u != nullptr) {
                q.push(u->left);
                q.push(u->right);
            }
        }
        return out;
    }

    // Decode a string made by serialize into a new tree (create the nodes with new) and
    // return its root (nullptr for an empty tree).
    TreeNode* deserialize(const string& data) {
        size_t pos = 0;  // local: every call parses its own string from the start
        auto next = [&](TreeNode*& slot) {
            while (pos < data.size() && data[pos] == ' ') ++pos;
            if (data[pos] == '#') {
                ++pos;
                slot = nullptr;
                return;
            }
            char* end = nullptr;
            slot = new TreeNode(strtoll(data.c_str() + pos, &end, 10));
            pos = end - data.c_str();
        };
        TreeNode* root = nullptr;
        next(root);
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            TreeNode* u = q.front();
            q.pop();
            next(u->left);
            next(u->right);
            if (u->left) q.push(u->left);
            if (u->right) q.push(u->right);
        }
        return root;
    }
};

// ---- the starter code runs the codec and prints the trees; no need to read further ----

// Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
// breadth-first, left to right). Refuses a tree that uses an original node or has more
// than n nodes.
static string printTree(TreeNode* root, size_t n, const unordered_set<TreeNode*>& original) {
    vector<TreeNode*> order;
    if (root) order.push_back(root);
    for (size_t i = 0; i < order.size() && order.size() <= n; ++i) {
        if (original.count(order[i])) return "error: the decoded tree uses a node of the original tree\n";
        if (order[i]->left) order.push_back(order[i]->left);
        if (order[i]->right) order.push_back(order[i]->right);
    }
    if (order.size() > n) return "error: the decoded tree has more nodes than the original\n";
    string out = to_string(order.size()) + "\n";
    size_t next = 2;  // children are numbered in the order breadth-first search meets them
    for (TreeNode* u : order) {
        size_t l = u->left ? next++ : 0;
        size_t r = u->right ? next++ : 0;
        out += to_string(u->val) + " " + to_string(l) + " " + to_string(r) + "\n";
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t = 0;
    cin >> t;
    vector<vector<TreeNode*>> trees(t);
    vector<TreeNode*> roots(t, nullptr);
    for (int k = 0; k < t; ++k) {
        int n = 0;
        cin >> n;
        vector<TreeNode*>& node = trees[k];
        node.assign(n + 1, nullptr);
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
        roots[k] = n > 0 ? node[1] : nullptr;
    }

    // Phase 1: encode every tree.
    Codec encoder;
    vector<string> data(t);
    for (int k = 0; k < t; ++k) data[k] = encoder.serialize(roots[k]);

    // Wipe the original trees (their nodes stay allocated, so no address is reused).
    unordered_set<TreeNode*> original;
    for (auto& node : trees)
        for (TreeNode* u : node)
            if (u) {
                u->val = 0;
                u->left = u->right = nullptr;
                original.insert(u);
            }

    // Phase 2: decode the strings, last one first, with a fresh Codec.
    Codec decoder;
    vector<TreeNode*> decoded(t, nullptr);
    for (int k = t - 1; k >= 0; --k) decoded[k] = decoder.deserialize(data[k]);

    string out;
    for (int k = 0; k < t; ++k) out += printTree(decoded[k], trees[k].size() - 1, original);
    cout << out;
    return 0;
}
