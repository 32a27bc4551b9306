// MLE in this follow-up: the first stage's textbook answer, the full (n+1) x (m+1) table of
// ints. Right, and fast enough, but 4001 x 4001 ints are 64 MB against 16 MiB.
#include <bits/stdc++.h>
using namespace std;

static string read_line() {
    string s;
    getline(cin, s);  // a missing line leaves s empty
    if (!s.empty() && s.back() == '\r') s.pop_back();
    return s;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string a = read_line(), b = read_line();
    const size_t n = a.size(), m = b.size();
    vector<vector<int>> d(n + 1, vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j)
            d[i][j] = min({d[i - 1][j - 1] + (a[i - 1] != b[j - 1]), d[i - 1][j] + 1,
                           d[i][j - 1] + 1});
    cout << d[n][m] << '\n';
}
