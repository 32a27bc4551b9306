// WA: the layer-by-layer four-way swap runs j over the whole side, lo..hi inclusive. The
// last position of a side starts the same cycle of four corners as the first one, so the
// corners of every ring are rotated twice (180 degrees).
#include <bits/stdc++.h>
using namespace std;

void rotate(vector<vector<int>>& m) {
    int n = m.size();
    for (int lo = 0, hi = n - 1; lo < hi; ++lo, --hi)
        for (int k = 0; k <= hi - lo; ++k) {  // should be k < hi - lo
            int t = m[lo][lo + k];
            m[lo][lo + k] = m[hi - k][lo];
            m[hi - k][lo] = m[hi][hi - k];
            m[hi][hi - k] = m[lo + k][hi];
            m[lo + k][hi] = t;
        }
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<vector<int>> matrix(n, vector<int>(n));
    for (auto& row : matrix)
        for (auto& x : row) cin >> x;
    rotate(matrix);
    string s;
    for (const auto& row : matrix) {
        for (int j = 0; j < n; ++j) {
            if (j) s += ' ';
            s += to_string(row[j]);
        }
        s += '\n';
    }
    cout << s;
    return 0;
}
