// WRONG: cheap guards (a single row or column -> count the runs of 1s; no land -> 0; all land
// -> 1), then counts "top-left corners": land cells whose upper and left neighbours are water.
// That is right for rectangles and for any one-line grid (which the guard covers anyway), but a
// U-shaped or winding island has several such corners and is counted several times.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> g(rows);
    for (auto& row : g) cin >> row;
    long long land = 0;
    for (auto& row : g) land += count(row.begin(), row.end(), '1');
    if (land == 0) { cout << 0 << '\n'; return 0; }
    if (land == (long long)rows * cols) { cout << 1 << '\n'; return 0; }
    if (rows == 1 || cols == 1) {
        int runs = 0;
        char prev = '0';
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (g[r][c] == '1' && prev == '0') ++runs;
                prev = g[r][c];
            }
        cout << runs << '\n';
        return 0;
    }
    int corners = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if (g[r][c] == '1' && (r == 0 || g[r - 1][c] == '0') && (c == 0 || g[r][c - 1] == '0')) ++corners;
    cout << corners << '\n';  // bug: one island can have several top-left corners
}
