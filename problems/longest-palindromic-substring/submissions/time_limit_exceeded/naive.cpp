// TLE: checks every substring s[i..j] letter by letter: O(n^3) on a string of one repeated
// letter (every substring is a palindrome and every check runs to the middle).
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    const int n = s.size();
    int bestStart = 0, bestLen = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i; j < n; ++j) {
            int l = i, r = j;
            while (l < r && s[l] == s[r]) {
                ++l;
                --r;
            }
            if (l >= r && j - i + 1 > bestLen) {
                bestLen = j - i + 1;
                bestStart = i;
            }
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
