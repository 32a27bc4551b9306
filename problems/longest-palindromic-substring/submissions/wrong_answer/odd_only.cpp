// WA: expands only around letters (odd lengths), never between two letters: abba is missed.
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    const int n = s.size();
    int bestStart = 0, bestLen = 0;
    for (int c = 0; c < n; ++c) {
        int l = c, r = c;
        while (l >= 0 && r < n && s[l] == s[r]) {
            --l;
            ++r;
        }
        if (r - l - 1 > bestLen) {
            bestLen = r - l - 1;
            bestStart = l + 1;
        }
    }
    return {bestStart, bestLen};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    auto [start, length] = longestPalindrome(s);
    cout << length << '\n' << s.substr(start, length) << '\n';
    return 0;
}
