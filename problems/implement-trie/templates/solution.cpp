#include <bits/stdc++.h>
using namespace std;

// A trie (prefix tree) of lowercase words. Every operation should take O(length of the
// word) time, whatever the number of words stored.
class Trie {
public:
    Trie() {
        // TODO: set up your fields
    }

    // Add word to the set of words (adding a word twice changes nothing).
    void insert(const string& word) {
        // TODO
    }

    // Return true if word was inserted before.
    bool search(const string& word) const {
        // TODO
        return false;
    }

    // Return true if some inserted word starts with prefix (a word starts with itself).
    bool startsWith(const string& prefix) const {
        // TODO
        return false;
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
