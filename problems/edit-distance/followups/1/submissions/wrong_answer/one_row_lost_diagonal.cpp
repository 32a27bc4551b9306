// WA: squeezes the DP into ONE row updated in place, but reads the diagonal d[i-1][j-1] from
// row[j-1] after row[j-1] was already overwritten with d[i][j-1]. Replacements are then
// priced from the wrong cell. Right whenever one word is empty (no inner step runs), on
// equal words, and on some tiny cases.
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
    const size_t m = b.size();
    vector<int> row(m + 1);
    iota(row.begin(), row.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        row[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
            int replace = row[j - 1] + (a[i - 1] != b[j - 1]);  // already d[i][j-1]: wrong
            row[j] = min({replace, row[j] + 1, row[j - 1] + 1});
        }
    }
    cout << row[m] << '\n';
}
