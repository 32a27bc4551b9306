#include <bits/stdc++.h>
using namespace std;

// A dictionary of lowercase words that can be searched with patterns in which '.' stands
// for any one letter.
class WordDictionary {
public:
    WordDictionary() {
        // TODO: set up your fields
    }

    // Add word to the dictionary (adding a word twice changes nothing).
    void addWord(const string& word) {
        // TODO
    }

    // Return true if some added word matches pattern: the same length, and equal letters
    // wherever pattern has a letter ('.' matches any letter). Patterns have at most 2 dots.
    bool search(const string& pattern) const {
        // TODO
        return false;
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
