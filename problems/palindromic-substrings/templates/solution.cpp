#include <bits/stdc++.h>
using namespace std;

// Return the number of palindromic substrings of s. Substrings at different positions count
// separately, even when they are equal.
long long countSubstrings(const string& s) {
    // TODO: your code here
    return -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    cout << countSubstrings(s) << '\n';
    return 0;
}
