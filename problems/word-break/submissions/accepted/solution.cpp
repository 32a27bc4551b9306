// Intended solution: dp[i] = whether the prefix of length i can be split. The last word of a
// split of s[0, i) has length at most maxLen: O(n * maxLen) hash lookups of O(maxLen) each.
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    unordered_set<string_view> words;
    size_t maxLen = 0;
    for (const auto& w : wordDict) {
        words.insert(w);
        maxLen = max(maxLen, w.size());
    }
    const size_t n = s.size();
    string_view sv(s);
    vector<char> dp(n + 1, 0);
    dp[0] = 1;  // the empty prefix needs no word
    for (size_t i = 1; i <= n; ++i) {
        for (size_t len = 1; len <= maxLen && len <= i; ++len) {
            if (dp[i - len] && words.count(sv.substr(i - len, len))) {
                dp[i] = 1;
                break;
            }
        }
    }
    return dp[n];
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
