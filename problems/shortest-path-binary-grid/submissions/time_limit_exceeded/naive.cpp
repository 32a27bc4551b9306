// TOO SLOW: Bellman-Ford style relaxation. Sweep the whole grid again and again, setting
// each free cell to 1 + the smallest distance among its neighbours, until a sweep changes
// nothing. Correct, but a winding corridor needs about one sweep per cell of the path:
// O((rows*cols)^2) on a serpentine maze.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    if (grid[0][0] != '0' || grid[rows - 1][cols - 1] != '0') {
        cout << -1 << '\n';
        return 0;
    }
    const int kInf = INT_MAX / 2;
    vector<vector<int>> dist(rows, vector<int>(cols, kInf));
    dist[0][0] = 1;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != '0') continue;
                for (int dr = -1; dr <= 1; ++dr) {
                    for (int dc = -1; dc <= 1; ++dc) {
                        int nr = r + dr, nc = c + dc;
                        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                        if (dist[nr][nc] + 1 < dist[r][c]) {
                            dist[r][c] = dist[nr][nc] + 1;
                            changed = true;
                        }
                    }
                }
            }
        }
    }
    int d = dist[rows - 1][cols - 1];
    cout << (d >= kInf ? -1 : d) << '\n';
}
