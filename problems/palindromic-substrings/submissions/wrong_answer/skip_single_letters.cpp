// WA: expands only from pairs of equal letters and forgets that every single letter is a
// palindrome. The guard for n = 1 hides it on one-letter strings.
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    if (n == 1) return 1;
    long long count = 0;
    for (int c = 0; c < 2 * n - 1; ++c) {
        int l = c / 2, r = l + c % 2;
        if (l == r) {  // odd centre: start from the three letters around it
            --l;
            ++r;
        }
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
