// WRONG: BFS that recognises the target only when it is pushed as somebody's neighbour. On a
// 1 x 1 grid the start is already the target and is never pushed again, so it prints -1
// instead of 1. Missed edge case: start and end are the same cell.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> g(rows);
    for (auto& row : g) cin >> row;
    if (g[0][0] != '0' || g[rows - 1][cols - 1] != '0') { cout << -1 << '\n'; return 0; }
    const int target = rows * cols - 1;
    vector<int> dist((size_t)rows * cols, 0), q;
    dist[0] = 1;
    q.push_back(0);
    for (size_t h = 0; h < q.size(); ++h) {
        int v = q[h], r = v / cols, c = v % cols;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                int nr = r + dr, nc = c + dc;
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || g[nr][nc] != '0') continue;
                int u = nr * cols + nc;
                if (dist[u]) continue;
                dist[u] = dist[v] + 1;
                if (u == target) { cout << dist[u] << '\n'; return 0; }
                q.push_back(u);
            }
    }
    cout << -1 << '\n';
}
