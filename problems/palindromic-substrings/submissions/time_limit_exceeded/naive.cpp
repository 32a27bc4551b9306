// TLE: tests every substring letter by letter: O(n^3) on a string of one repeated letter
// (about 2e10 letter comparisons for n = 5000).
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i; j < n; ++j) {
            int l = i, r = j;
            while (l < r && s[l] == s[r]) {
                ++l;
                --r;
            }
            if (l >= r) ++count;
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
