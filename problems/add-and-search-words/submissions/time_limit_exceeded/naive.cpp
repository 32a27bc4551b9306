// TLE: keeps the words in a list and, for every search, compares the pattern with every
// word of the same length, letter by letter: O(n * L) per search, some 10^10 letter
// comparisons when 33000 words of 12 letters share a stem and 67000 searches follow.
#include <bits/stdc++.h>
using namespace std;

class WordDictionary {
public:
    void addWord(const string& word) { words_.push_back(word); }

    bool search(const string& pattern) const {
        for (const string& w : words_) {
            if (w.size() != pattern.size()) continue;
            size_t i = 0;
            while (i < w.size() && (pattern[i] == '.' || pattern[i] == w[i])) ++i;
            if (i == w.size()) return true;
        }
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
