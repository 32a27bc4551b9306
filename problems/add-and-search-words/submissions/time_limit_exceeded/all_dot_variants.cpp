// TLE: since a pattern has at most 2 dots, stores for every added word all its variants with
// 0, 1 or 2 letters replaced by '.', so that a search is one hash lookup. But a word of L
// letters has 1 + L + L(L-1)/2 variants (211 for 20 letters): millions of strings to build
// and hash, several times over the time limit (and hundreds of MiB) on the largest tests.
#include <bits/stdc++.h>
using namespace std;

class WordDictionary {
public:
    void addWord(const string& word) {
        string w = word;
        variants_.insert(w);
        for (size_t i = 0; i < w.size(); ++i) {
            char a = w[i];
            w[i] = '.';
            variants_.insert(w);
            for (size_t j = i + 1; j < w.size(); ++j) {
                char b = w[j];
                w[j] = '.';
                variants_.insert(w);
                w[j] = b;
            }
            w[i] = a;
        }
    }

    bool search(const string& pattern) const { return variants_.count(pattern) > 0; }

private:
    unordered_set<string> variants_;
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
