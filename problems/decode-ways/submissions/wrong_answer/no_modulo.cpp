// WA: counts in 64-bit integers and reduces modulo 1e9+7 only at the end. The count is a
// Fibonacci-like number: past about 90 digits of 1s it no longer fits in 64 bits.
#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    unsigned long long prev2 = 1, prev1 = 1;  // wraps silently past 2^64
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned long long cur = 0;
        if (s[i] != '0') cur = prev1;
        if (i > 0 && (s[i - 1] == '1' || (s[i - 1] == '2' && s[i] <= '6'))) cur += prev2;
        prev2 = prev1;
        prev1 = cur;
    }
    return (int)(prev1 % 1000000007ULL);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << numDecodings(s) << '\n';
    return 0;
}
