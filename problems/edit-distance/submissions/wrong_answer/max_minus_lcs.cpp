// WRONG: answers max(len(a), len(b)) - LCS(a, b), i.e. assumes the letters outside a
// longest common subsequence can always be fixed one operation each. That is only a lower
// bound: "ab" -> "ba" has LCS 1 but needs 2 operations.
#include <bits/stdc++.h>
using namespace std;

static string read_line() {
    string s;
    getline(cin, s);
    if (!s.empty() && s.back() == '\r') s.pop_back();
    return s;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string a = read_line(), b = read_line();
    const size_t n = a.size(), m = b.size();
    vector<vector<int>> lcs(n + 1, vector<int>(m + 1, 0));
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j)
            lcs[i][j] = a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : max(lcs[i - 1][j], lcs[i][j - 1]);
    cout << static_cast<int>(max(n, m)) - lcs[n][m] << '\n';
}
