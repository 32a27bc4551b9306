// TLE: keeps the inserted words in a list and scans all of them for every search and every
// prefix query: O(n * |w|) per query, some 10^9 string comparisons for 25000 words sharing a
// stem and 75000 queries.
#include <bits/stdc++.h>
using namespace std;

class Trie {
public:
    void insert(const string& word) { words_.push_back(word); }

    bool search(const string& word) const {
        for (const string& w : words_)
            if (w == word) return true;
        return false;
    }

    bool startsWith(const string& prefix) const {
        for (const string& w : words_)
            if (w.compare(0, prefix.size(), prefix) == 0) return true;
        return false;
    }

private:
    vector<string> words_;
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
