// Valid palindrome: two pointers that skip non-alphanumeric characters. O(n) time, O(1) extra.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    getline(cin, s);   // the whole line, spaces included (an empty line gives "")
    long long i = 0, j = (long long)s.size() - 1;
    bool ok = true;
    while (i < j) {
        unsigned char a = s[i], b = s[j];
        if (!isalnum(a)) { ++i; continue; }
        if (!isalnum(b)) { --j; continue; }
        if (tolower(a) != tolower(b)) { ok = false; break; }
        ++i;
        --j;
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
