// Intended solution: expand around each of the 2n - 1 centres, O(n^2) time, O(1) space.
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    const int n = s.size();
    int bestStart = 0, bestLen = 0;
    for (int c = 0; c < 2 * n - 1; ++c) {
        // centre c: the letter c / 2 (c even) or the gap between c / 2 and c / 2 + 1 (c odd)
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            --l;
            ++r;
        }
        int len = r - l - 1;  // s[l + 1, r) is the palindrome around this centre
        // Strictly longer only: for a fixed length, a later centre means a later start, so
        // among the longest palindromes the first one found is the leftmost.
        if (len > bestLen) {
            bestLen = len;
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
