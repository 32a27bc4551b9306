// WA: keeps only letters (isalpha) and drops the digits, so "0P" looks like "p" and
// passes as a palindrome. Passes the samples, which contain no digits.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string line, s;
    getline(cin, line);
    for (unsigned char c : line)
        if (isalpha(c)) s += (char)tolower(c);
    string r(s.rbegin(), s.rend());
    cout << (s == r ? "true" : "false") << "\n";
    return 0;
}
