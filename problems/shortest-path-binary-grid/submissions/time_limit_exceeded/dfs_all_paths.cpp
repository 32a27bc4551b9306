// TOO SLOW: depth-first search over simple paths (a cell is marked while it is on the current
// path and unmarked when the search backs out), keeping the best length found and cutting
// paths that are already as long. Correct, but the number of simple paths explodes: even a
// 30 x 30 grid has far too many.
#include <bits/stdc++.h>
using namespace std;

int rows, cols, best = INT_MAX;
vector<string> g;
vector<vector<char>> onPath;

void dfs(int r, int c, int len) {
    if (len >= best) return;
    if (r == rows - 1 && c == cols - 1) {
        best = len;
        return;
    }
    for (int dr = 1; dr >= -1; --dr)
        for (int dc = 1; dc >= -1; --dc) {
            int nr = r + dr, nc = c + dc;
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr][nc] != '0' || onPath[nr][nc]) continue;
            onPath[nr][nc] = 1;
            dfs(nr, nc, len + 1);
            onPath[nr][nc] = 0;
        }
}

int main() {
    cin >> rows >> cols;
    g.resize(rows);
    for (auto& row : g) cin >> row;
    if (g[0][0] != '0' || g[rows - 1][cols - 1] != '0') {
        cout << -1 << '\n';
        return 0;
    }
    onPath.assign(rows, vector<char>(cols, 0));
    onPath[0][0] = 1;
    dfs(0, 0, 1);
    cout << (best == INT_MAX ? -1 : best) << '\n';
}
