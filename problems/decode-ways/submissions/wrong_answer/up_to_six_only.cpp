// WA: accepts a two-digit code only when the second digit is at most 6, for 1x as well as 2x:
// "19" gets 1 instead of 2 (19 -> S is a code).
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
        if (i > 0 && (s[i - 1] == '1' || s[i - 1] == '2') && s[i] <= '6') cur += prev2;
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
