// TLE: plain recursion without memoisation: from position i, try every dictionary word that
// matches there and recurse. On a^(n-2) + "ba" with the words a, aa, ..., a^20, bb every way of
// splitting the a's is tried before failing: exponential.
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    // (A cheap guard first: every letter of s must occur in some word. It does not help here.)
    bool seen[26] = {};
    for (const auto& w : wordDict)
        for (char c : w) seen[c - 'a'] = true;
    for (char c : s)
        if (!seen[c - 'a']) return false;
    function<bool(size_t)> solve = [&](size_t i) -> bool {
        if (i == s.size()) return true;
        for (const auto& w : wordDict) {
            if (s.compare(i, w.size(), w) == 0 && solve(i + w.size())) return true;
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
