// Accepted: forward DP with a trie. From every reachable position i, walk the trie along s[i..]
// and mark the end of every word found. O(n * maxLen).
#include <bits/stdc++.h>
using namespace std;

// Return true if s can be split into a sequence of one or more words of wordDict (a word may
// be used any number of times), false otherwise.
bool wordBreak(const string& s, const vector<string>& wordDict) {
    vector<array<int, 26>> next(1);
    next[0].fill(0);
    vector<char> isWord(1, 0);
    for (const auto& w : wordDict) {
        int node = 0;
        for (char c : w) {
            int& child = next[node][c - 'a'];
            if (child == 0) {
                child = (int)next.size();
                next.push_back({});
                next.back().fill(0);
                isWord.push_back(0);
            }
            node = next[node][c - 'a'];
        }
        isWord[node] = 1;
    }
    const size_t n = s.size();
    vector<char> reach(n + 1, 0);
    reach[0] = 1;
    for (size_t i = 0; i < n; ++i) {
        if (!reach[i]) continue;
        int node = 0;
        for (size_t j = i; j < n; ++j) {
            node = next[node][s[j] - 'a'];
            if (node == 0) break;
            if (isWord[node]) reach[j + 1] = 1;
        }
    }
    return reach[n];
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
