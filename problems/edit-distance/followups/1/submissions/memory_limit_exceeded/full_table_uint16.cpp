// MLE: the full table squeezed into 16-bit cells (a distance is at most 4000). Half the
// memory of the int table, still 32 MB for 4001 x 4001 cells against 16 MiB: the table has
// to go, not just shrink.
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
    const size_t n = a.size(), m = b.size(), w = m + 1;
    vector<uint16_t> d((n + 1) * w);
    for (size_t i = 0; i <= n; ++i) d[i * w] = static_cast<uint16_t>(i);
    for (size_t j = 0; j <= m; ++j) d[j] = static_cast<uint16_t>(j);
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j) {
            int best = d[(i - 1) * w + j - 1] + (a[i - 1] != b[j - 1]);
            best = min(best, d[(i - 1) * w + j] + 1);
            best = min(best, d[i * w + j - 1] + 1);
            d[i * w + j] = static_cast<uint16_t>(best);
        }
    cout << d[n * w + m] << '\n';
}
