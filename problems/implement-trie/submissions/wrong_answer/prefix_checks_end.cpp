// WA: startsWith was copied from search and still requires a word to end at the last
// letter: after inserting "apple", startsWith("app") is wrongly false.
#include <bits/stdc++.h>
using namespace std;

class Trie {
public:
    Trie() { newNode(); }  // node 0 is the root (the empty prefix)

    void insert(const string& word) {
        int v = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (!next_[v][c]) {
                int u = newNode();  // may reallocate next_: index it again below
                next_[v][c] = u;
            }
            v = next_[v][c];
        }
        isWord_[v] = true;
    }

    bool search(const string& word) const {
        int v = walk(word);
        return v >= 0 && isWord_[v];
    }

    bool startsWith(const string& prefix) const {  // copied from search: needs a word end
        int v = walk(prefix);
        return v >= 0 && isWord_[v];
    }

private:
    vector<array<int, 26>> next_;  // 0 = no child (the root is never a child)
    vector<char> isWord_;

    int newNode() {
        next_.push_back({});
        isWord_.push_back(false);
        return (int)next_.size() - 1;
    }

    // The node reached by spelling s from the root, or -1 if the path leaves the trie.
    int walk(const string& s) const {
        int v = 0;
        for (char ch : s) {
            v = next_[v][ch - 'a'];
            if (!v) return -1;
        }
        return v;
    }
};


int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    Trie trie;
    string op, w, out;
    for (int i = 0; i < q; ++i) {
        cin >> op >> w;
        if (op == "insert") {
            trie.insert(w);
        } else if (op == "search") {
            out += trie.search(w) ? "true\n" : "false\n";
        } else {  // "prefix"
            out += trie.startsWith(w) ? "true\n" : "false\n";
        }
    }
    cout << out;
    return 0;
}
