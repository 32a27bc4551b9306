// WA: the expansion stops when l reaches 0 (l > 0 instead of l >= 0), so a palindrome that
// starts at the first letter is never found in full. The guard for a palindromic s hides it
// when the whole string is the answer.
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    const int n = s.size();
    int bestStart = 0, bestLen = 0;
    if (equal(s.begin(), s.end(), s.rbegin())) return {0, n};
    for (int c = 0; c < 2 * n - 1; ++c) {
        int l = c / 2, r = l + c % 2;
        while (l > 0 && r < n && s[l] == s[r]) {  // Bug: should be l >= 0
            --l;
            ++r;
        }
        if (r - l - 1 > bestLen) {  // s[l + 1, r) was checked: still a palindrome
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
