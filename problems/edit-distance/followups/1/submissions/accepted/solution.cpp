// Edit distance in O(min(n, m)) memory: the Levenshtein DP row by row, keeping only the
// previous row, with the rows running along the shorter word. O(n * m) time.
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
    if (a.size() < b.size()) swap(a, b);  // the distance is symmetric: rows along the shorter
    const size_t m = b.size();
    vector<int> prev(m + 1), cur(m + 1);
    iota(prev.begin(), prev.end(), 0);  // "" -> b[0..j) needs j insertions
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);  // a[0..i) -> "" needs i deletions
        for (size_t j = 1; j <= m; ++j) {
            int replace = prev[j - 1] + (a[i - 1] != b[j - 1]);
            cur[j] = min({replace, prev[j] + 1, cur[j - 1] + 1});
        }
        swap(prev, cur);
    }
    cout << prev[m] << '\n';
}
