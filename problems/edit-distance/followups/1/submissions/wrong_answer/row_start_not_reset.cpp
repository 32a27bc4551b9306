// WA: two rows swapped after each step, but the first cell of the new row is never set to i
// (the cost of deleting the first i letters). After a swap, cur[0] still holds the value of
// two rows up, so the left edge of the table is wrong and so is everything derived from it.
// Behind the cheap guards "equal words -> 0" and "an empty word -> the other's length".
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
    if (a == b) {
        cout << 0 << '\n';
        return 0;
    }
    if (a.empty() || b.empty()) {
        cout << max(a.size(), b.size()) << '\n';
        return 0;
    }
    const size_t m = b.size();
    vector<int> prev(m + 1), cur(m + 1);
    iota(prev.begin(), prev.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= m; ++j) {
            int replace = prev[j - 1] + (a[i - 1] != b[j - 1]);
            cur[j] = min({replace, prev[j] + 1, cur[j - 1] + 1});
        }
        swap(prev, cur);
    }
    cout << prev[m] << '\n';
}
