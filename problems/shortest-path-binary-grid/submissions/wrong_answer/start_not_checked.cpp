// WRONG: checks that the bottom-right cell is free but forgets the top-left one, so a
// blocked start still gets a path length instead of -1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    if (grid[rows - 1][cols - 1] != '0') {
        cout << -1 << '\n';
        return 0;
    }
    vector<int> dist(static_cast<size_t>(rows) * cols, 0);
    vector<int> queue;
    dist[0] = 1;
    queue.push_back(0);
    for (size_t head = 0; head < queue.size(); ++head) {
        int v = queue[head], r = v / cols, c = v % cols;
        for (int dr = -1; dr <= 1; ++dr) {
            for (int dc = -1; dc <= 1; ++dc) {
                int nr = r + dr, nc = c + dc;
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '0') continue;
                int u = nr * cols + nc;
                if (dist[u] != 0) continue;
                dist[u] = dist[v] + 1;
                queue.push_back(u);
            }
        }
    }
    int d = dist[static_cast<size_t>(rows) * cols - 1];
    cout << (d == 0 ? -1 : d) << '\n';
}
