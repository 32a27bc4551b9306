// WA: accepts any two digits whose value is between 1 and 26 as a code, so "06" counts as 6.
// A two-digit code must be between 10 and 26.
#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    const long long MOD = 1000000007;
    long long prev2 = 1, prev1 = 1;
    for (size_t i = 0; i < s.size(); ++i) {
        long long cur = 0;
        if (s[i] != '0') cur = prev1;
        if (i > 0) {
            int v = (s[i - 1] - '0') * 10 + (s[i] - '0');
            if (v >= 1 && v <= 26) cur += prev2;  // Bug: should be v >= 10
        }
        cur %= MOD;
        prev2 = prev1;
        prev1 = cur;
    }
    return (int)prev1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << numDecodings(s) << '\n';
    return 0;
}
