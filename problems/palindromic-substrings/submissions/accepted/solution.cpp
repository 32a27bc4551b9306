// Intended solution: expand around each of the 2n - 1 centres; every step of an expansion is one
// more palindrome. O(n + answer) = O(n^2) time, O(1) space.
#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    const int n = s.size();
    long long count = 0;
    for (int c = 0; c < 2 * n - 1; ++c) {
        int l = c / 2, r = l + c % 2;  // a letter (c even) or the gap after it (c odd)
        while (l >= 0 && r < n && s[l] == s[r]) {
            ++count;  // s[l, r] is a palindrome
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
