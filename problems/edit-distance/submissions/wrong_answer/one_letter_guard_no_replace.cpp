// WRONG: cheap guards (equal words -> 0, an empty word -> the other's length, one letter each
// -> 1), then a DP that only inserts and deletes: it forgets that replacing a letter is one
// operation, so a replacement costs 2. The one-letter guard hides it on "a" / "b"; it fails on
// longer words that need a replacement, e.g. "abcdefg" / "gfedcba".
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
    if (a == b) { cout << 0 << '\n'; return 0; }
    if (a.empty() || b.empty()) { cout << a.size() + b.size() << '\n'; return 0; }
    if (a.size() == 1 && b.size() == 1) { cout << 1 << '\n'; return 0; }
    size_t n = a.size(), m = b.size();
    vector<vector<int>> dp(n + 1, vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i) dp[i][0] = (int)i;
    for (size_t j = 0; j <= m; ++j) dp[0][j] = (int)j;
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j)
            dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] : 1 + min(dp[i - 1][j], dp[i][j - 1]);
    cout << dp[n][m] << '\n';
}
