// WA: expands only around letters, so only odd-length palindromes are counted (bb is missed).
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    long long count = 0;
    for (int c = 0; c < n; ++c) {
        int l = c, r = c;
        while (l >= 0 && r < n && s[l] == s[r]) {
            ++count;
            --l;
            ++r;
        }
    }
    return count;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << countSubstrings(s) << '\n';
    return 0;
}
