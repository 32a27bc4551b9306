// WRONG: rolling-row DP that copies the row at the end of each step and prints cur[m]. When
// the first word is empty the loop never runs and cur is still all zeros, so it prints 0
// instead of the length of the second word. Missed edge case: an empty first word.
#include <bits/stdc++.h>
using namespace std;

static string read_line() {
    string s;
    getline(cin, s);
    if (!s.empty() && s.back() == '\r') s.pop_back();
    return s;
}

int main() {
    string a = read_line(), b = read_line();
    size_t m = b.size();
    vector<int> prev(m + 1), cur(m + 1, 0);
    iota(prev.begin(), prev.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= m; ++j)
            cur[j] = min({prev[j - 1] + (a[i - 1] != b[j - 1]), prev[j] + 1, cur[j - 1] + 1});
        prev = cur;
    }
    cout << cur[m] << '\n';  // bug: cur was never filled when a is empty
}
