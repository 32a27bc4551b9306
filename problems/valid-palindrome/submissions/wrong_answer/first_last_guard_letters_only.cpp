// WRONG: a cheap guard -- if the first and last characters are both letters or digits and
// differ (ignoring case), answer false at once -- then the classic bug of keeping only the
// letters (isalpha), so digits are ignored. The guard catches "0P" and "...a0"; it does not
// catch "Race 4 car", where the ends match and the digit faces a letter inside.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string line;
    getline(cin, line);
    if (!line.empty()) {
        unsigned char a = line.front(), b = line.back();
        if (isalnum(a) && isalnum(b) && tolower(a) != tolower(b)) {
            cout << "false\n";
            return 0;
        }
    }
    string s;
    for (unsigned char c : line)
        if (isalpha(c)) s += (char)tolower(c);  // bug: digits are dropped
    string r(s.rbegin(), s.rend());
    cout << (s == r ? "true" : "false") << '\n';
}
