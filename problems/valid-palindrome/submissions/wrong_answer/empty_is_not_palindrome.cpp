// WRONG: keeps the letters and digits (lower-cased) and compares with the reverse, but decides
// that a line with no letter or digit at all "is not a palindrome". Missed edge case: the empty
// line and a line of punctuation only are palindromes (nothing to compare).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string line, s;
    getline(cin, line);
    for (unsigned char c : line)
        if (isalnum(c)) s += (char)tolower(c);
    if (s.empty()) {
        cout << "false\n";  // bug
        return 0;
    }
    string r(s.rbegin(), s.rend());
    cout << (s == r ? "true" : "false") << '\n';
}
