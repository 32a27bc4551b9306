// WA: the DP is right, but the answer is read from dp[n - 1] (the prefix without the last
// letter) instead of dp[n]. The guard "s itself is a word" hides it on the easy cases.
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    unordered_set<string> words(wordDict.begin(), wordDict.end());
    if (words.count(s)) return true;
    size_t maxLen = 0;
    for (const auto& w : wordDict) maxLen = max(maxLen, w.size());
    const size_t n = s.size();
    vector<char> dp(n + 1, 0);
    dp[0] = 1;
    for (size_t i = 1; i <= n; ++i) {
        for (size_t len = 1; len <= maxLen && len <= i; ++len) {
            if (dp[i - len] && words.count(s.substr(i - len, len))) {
                dp[i] = 1;
                break;
            }
        }
    }
    return dp[n - 1];  // Bug: should be dp[n]
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
