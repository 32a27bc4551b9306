// WA: greedy: at each position take the longest dictionary word that matches, never reconsider.
// With the words ab, abc, cd, the string abcd takes abc and is stuck on d.
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    unordered_set<string> words(wordDict.begin(), wordDict.end());
    size_t maxLen = 0;
    for (const auto& w : wordDict) maxLen = max(maxLen, w.size());
    size_t i = 0;
    while (i < s.size()) {
        size_t best = 0;
        for (size_t len = min(maxLen, s.size() - i); len >= 1; --len) {
            if (words.count(s.substr(i, len))) {
                best = len;
                break;
            }
        }
        if (best == 0) return false;
        i += best;
    }
    return true;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    int m = 0;
    cin >> s >> m;
    vector<string> wordDict(m);
    for (auto& w : wordDict) cin >> w;
    cout << (wordBreak(s, wordDict) ? "true" : "false") << '\n';
    return 0;
}
