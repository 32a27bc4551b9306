#include <bits/stdc++.h>
using namespace std;

// Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
// modulo 1000000007. A code never has a leading zero: "06" is not a code.
int numDecodings(const string& s) {
    // TODO: your code here
    return -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << numDecodings(s) << '\n';
    return 0;
}
