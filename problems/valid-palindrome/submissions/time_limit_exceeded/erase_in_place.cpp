// TOO SLOW: cleans the line in place -- erases every character that is not a letter or digit
// with string::erase, which shifts the rest of the string each time -- then compares with the
// reverse. Correct, but O(n^2) when there is much punctuation: a line of 10^6 punctuation
// characters costs about 5 * 10^11 byte moves.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    getline(cin, s);
    for (size_t i = 0; i < s.size();) {
        if (!isalnum((unsigned char)s[i])) s.erase(i, 1);
        else {
            s[i] = (char)tolower((unsigned char)s[i]);
            ++i;
        }
    }
    string r(s.rbegin(), s.rend());
    cout << (s == r ? "true" : "false") << '\n';
}
