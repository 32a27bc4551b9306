// WA: rejects a leading '0' up front, but otherwise lets '0' stand alone as a one-digit code.
// The guard makes "0" and "06" right; "10" gets 2 instead of 1.
#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    const long long MOD = 1000000007;
    if (s[0] == '0') return 0;
    long long prev2 = 1, prev1 = 1;
    for (size_t i = 0; i < s.size(); ++i) {
        long long cur = prev1;  // Bug: s[i] == '0' is not a code on its own
        if (i > 0 && (s[i - 1] == '1' || (s[i - 1] == '2' && s[i] <= '6'))) cur += prev2;
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
