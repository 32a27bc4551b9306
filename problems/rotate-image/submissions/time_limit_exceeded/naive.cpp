// TLE: rotates each ring by walking around it and shifting every cell one place clockwise,
// and repeats that (side - 1) times. Correct, but a ring of side s costs 4 (s-1)^2 cell
// moves: about (2/3) n^3 = 6.7 * 10^8 moves, each with its own turn logic, for n = 1000.
#include <bits/stdc++.h>
using namespace std;

void rotate(vector<vector<int>>& m) {
    int n = m.size();
    const int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};  // right, down, left, up
    for (int lo = 0, hi = n - 1; lo < hi; ++lo, --hi) {
        int len = 4 * (hi - lo);
        for (int step = 0; step < hi - lo; ++step) {
            // one clockwise shift: walk the ring from its top-left corner, carrying the
            // value of the previous cell into the current one
            int r = lo, c = lo, d = 0, carry = m[lo + 1][lo];  // the cell before the corner
            for (int k = 0; k < len; ++k) {
                swap(carry, m[r][c]);
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < lo || nr > hi || nc < lo || nc > hi) {
                    d = (d + 1) % 4;
                    nr = r + dr[d];
                    nc = c + dc[d];
                }
                r = nr;
                c = nc;
            }
        }
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
