// Intended solution: dp over the prefixes keeping only the last two values, O(n) time, O(1) space.
#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    const long long MOD = 1000000007;
    // prev2 = ways to decode s[0, i-2), prev1 = ways to decode s[0, i-1); the empty prefix has 1.
    long long prev2 = 1, prev1 = 1;
    for (size_t i = 0; i < s.size(); ++i) {
        long long cur = 0;
        if (s[i] != '0') cur = prev1;  // s[i] alone is a code 1..9
        if (i > 0 && (s[i - 1] == '1' || (s[i - 1] == '2' && s[i] <= '6'))) {
            cur += (i > 0 ? prev2 : 0);  // s[i-1..i] is a code 10..26
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
