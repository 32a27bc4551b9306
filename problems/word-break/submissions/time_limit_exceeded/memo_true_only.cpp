// TLE: recursion with a memo that only remembers successes. The failures, which are what repeat,
// are recomputed every time: still exponential on a^(n-2) + "ba".
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    unordered_set<string> words(wordDict.begin(), wordDict.end());
    size_t maxLen = 0;
    for (const auto& w : wordDict) maxLen = max(maxLen, w.size());
    vector<char> known(s.size() + 1, 0);  // Bug: only "true" results are stored
    function<bool(size_t)> solve = [&](size_t i) -> bool {
        if (i == s.size()) return true;
        if (known[i]) return true;
        for (size_t len = 1; len <= maxLen && i + len <= s.size(); ++len) {
            if (words.count(s.substr(i, len)) && solve(i + len)) {
                known[i] = 1;
                return true;
            }
        }
        return false;
    };
    return solve(0);
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
