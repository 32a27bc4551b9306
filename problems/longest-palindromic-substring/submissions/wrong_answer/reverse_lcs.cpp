// WA: the longest common substring of s and reverse(s), found with the O(n^2) dynamic
// programming. It is not always a palindrome: in abacdfgdcaba, abacd occurs reversed too.
#include <bits/stdc++.h>
using namespace std;

// Return {start, length} of the longest palindromic substring of s. If several have the
// largest length, return the one that starts first (the smallest start).
pair<int, int> longestPalindrome(const string& s) {
    const int n = s.size();
    string r(s.rbegin(), s.rend());
    vector<int> prev(n + 1, 0), cur(n + 1, 0);
    int bestEnd = 0, bestLen = 0;  // the common substring ends at s[bestEnd - 1]
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= n; ++j) {
            cur[j] = (s[i - 1] == r[j - 1]) ? prev[j - 1] + 1 : 0;
            if (cur[j] > bestLen) {
                bestLen = cur[j];
                bestEnd = i;
            }
        }
        swap(prev, cur);
    }
    return {bestEnd - bestLen, bestLen};
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
