// WA: counts the distinct palindromic strings (a set of substrings) instead of the substrings
// at every position: aaa gives 3 (a, aa, aaa) instead of 6.
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    unordered_set<string> seen;
    for (int c = 0; c < 2 * n - 1; ++c) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            seen.insert(s.substr(l, r - l + 1));  // Bug: equal strings collapse into one
            --l;
            ++r;
        }
    }
    return (long long)seen.size();
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << countSubstrings(s) << '\n';
    return 0;
}
