// TLE: the recursion without memoisation: ways(i) = ways(i + 1) + ways(i + 2) when both codes
// are valid. Exponential on "111...1" (a Fibonacci number of calls).
#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    const long long MOD = 1000000007;
    function<long long(size_t)> ways = [&](size_t i) -> long long {
        if (i == s.size()) return 1;
        if (s[i] == '0') return 0;
        long long r = ways(i + 1);
        if (i + 1 < s.size() && (s[i] == '1' || (s[i] == '2' && s[i + 1] <= '6'))) r += ways(i + 2);
        return r % MOD;
    };
    return (int)ways(0);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << numDecodings(s) << '\n';
    return 0;
}
