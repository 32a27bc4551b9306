// WRONG: cheap guards (empty -> 0; no character repeated at all -> the whole length), then a
// sliding window that records the window length only when a repeat forces the left end to
// move. The last window is never measured, so when the longest window runs to the end of the
// string (and the string has a repeat earlier) the answer is too small.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    getline(cin, s);
    if (!s.empty() && s.back() == '\r') s.pop_back();
    if (s.empty()) { cout << 0 << '\n'; return 0; }
    if (set<char>(s.begin(), s.end()).size() == s.size()) { cout << s.size() << '\n'; return 0; }
    vector<int> last(256, -1);
    int best = 0, left = 0;
    for (int right = 0; right < (int)s.size(); ++right) {
        unsigned char c = s[right];
        if (last[c] >= left) {
            best = max(best, right - left);  // measured only here
            left = last[c] + 1;
        }
        last[c] = right;
    }
    cout << best << '\n';  // bug: the final window s[left..n-1] is never measured
}
