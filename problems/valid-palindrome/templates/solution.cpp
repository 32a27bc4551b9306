#include <bits/stdc++.h>
using namespace std;

// Return true if s, keeping only letters and digits and ignoring case, reads the same
// forwards and backwards.
bool isPalindrome(const string& s) {
    // TODO: your code here
    return false;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    getline(cin, s);   // the whole line, spaces included; may be empty
    cout << (isPalindrome(s) ? "true" : "false") << "\n";
    return 0;
}
