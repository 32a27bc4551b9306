// Accepted: Manacher's algorithm, O(n).
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    // t = ^#a#b#...#$ ; p[i] = radius of the longest palindrome of t centred at i.
    string t = "^#";
    for (char ch : s) {
        t += ch;
        t += '#';
    }
    t += '$';
    const int m = t.size();
    vector<int> p(m, 0);
    int centre = 0, right = 0;
    for (int i = 1; i < m - 1; ++i) {
        if (i < right) p[i] = min(right - i, p[2 * centre - i]);
        while (t[i + p[i] + 1] == t[i - p[i] - 1]) ++p[i];
        if (i + p[i] > right) {
            centre = i;
            right = i + p[i];
        }
    }
    int bestStart = 0, bestLen = 0;
    for (int i = 1; i < m - 1; ++i) {
        int len = p[i];                // length of the palindrome in s
        int start = (i - p[i]) / 2;    // its first letter in s
        if (len > bestLen || (len == bestLen && start < bestStart)) {
            bestLen = len;
            bestStart = start;
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
