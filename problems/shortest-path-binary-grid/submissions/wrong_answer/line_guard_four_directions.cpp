// WRONG: cheap guards (a blocked corner -> -1; a single row or column -> its length if it is
// all free, else -1), then a BFS that moves in 4 directions only, forgetting the diagonal
// moves. On one-line grids diagonals cannot help, and the guard answers them anyway; on a
// grid where the route must cut a corner it finds a longer route or none.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> g(rows);
    for (auto& row : g) cin >> row;
    if (g[0][0] != '0' || g[rows - 1][cols - 1] != '0') { cout << -1 << '\n'; return 0; }
    if (rows == 1 || cols == 1) {
        for (auto& row : g)
            if (row.find('1') != string::npos) { cout << -1 << '\n'; return 0; }
        cout << max(rows, cols) << '\n';
        return 0;
    }
    vector<int> dist((size_t)rows * cols, 0), q;
    dist[0] = 1;
    q.push_back(0);
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};  // bug: no diagonal moves
    for (size_t h = 0; h < q.size(); ++h) {
        int v = q[h], r = v / cols, c = v % cols;
        for (int d = 0; d < 4; ++d) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr][nc] != '0') continue;
            int u = nr * cols + nc;
            if (dist[u]) continue;
            dist[u] = dist[v] + 1;
            q.push_back(u);
        }
    }
    int d = dist.back();
    cout << (d ? d : -1) << '\n';
}
