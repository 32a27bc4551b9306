// Intended solution: a trie; search walks it and branches into every child at a '.'.
#include <bits/stdc++.h>
using namespace std;

class WordDictionary {
public:
    WordDictionary() { newNode(); }  // node 0 is the root

    void addWord(const string& word) {
        int v = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (!next_[v][c]) {
                int u = newNode();
                next_[v][c] = u;
            }
            v = next_[v][c];
        }
        isWord_[v] = true;
    }

    bool search(const string& pattern) const { return match(pattern, 0, 0); }

private:
    vector<array<int, 26>> next_;  // 0 = no child
    vector<char> isWord_;

    int newNode() {
        next_.push_back({});
        isWord_.push_back(false);
        return (int)next_.size() - 1;
    }

    // Does some word below node v spell pattern[i..]?
    bool match(const string& p, size_t i, int v) const {
        for (; i < p.size(); ++i) {
            if (p[i] == '.') {
                for (int c = 0; c < 26; ++c)
                    if (next_[v][c] && match(p, i + 1, next_[v][c])) return true;
                return false;
            }
            v = next_[v][p[i] - 'a'];
            if (!v) return false;
        }
        return isWord_[v];
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    WordDictionary dict;
    string op, w, out;
    for (int i = 0; i < q; ++i) {
        cin >> op >> w;
        if (op == "add") {
            dict.addWord(w);
        } else {  // "search"
            out += dict.search(w) ? "true\n" : "false\n";
        }
    }
    cout << out;
    return 0;
}
