// TLE: correct, but it rebuilds the reversed string for every character it compares.
// O(n^2): about 2.8e11 character copies for a palindrome of 750000 letters and digits.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string line, s;
    getline(cin, line);
    for (unsigned char c : line)
        if (isalnum(c)) s += (char)tolower(c);
    bool ok = true;
    for (size_t i = 0; i < s.size() / 2; ++i) {
        string reversed(s.rbegin(), s.rend());
        if (s[i] != reversed[i]) {
            ok = false;
            break;
        }
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
