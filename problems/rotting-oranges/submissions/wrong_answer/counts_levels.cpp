// WA: counts the BFS levels instead of the minutes between them: the starting level (the
// oranges rotten at minute 0) is counted too, so every positive answer is one too large.
// The cases without fresh oranges are answered 0 before the BFS, so they pass.
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    vector<int> queue;
    int fresh = 0;
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            if (grid[i][j] == '2') queue.push_back(i * cols + j);
            if (grid[i][j] == '1') ++fresh;
        }
    if (fresh == 0) return 0;  // the guard
    int levels = 0;
    size_t head = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (head < queue.size()) {
        size_t end = queue.size();
        for (; head < end; ++head) {
            int r = queue[head] / cols, c = queue[head] % cols;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                grid[nr][nc] = '2';
                --fresh;
                queue.push_back(nr * cols + nc);
            }
        }
        ++levels;  // also counts the last level, which rots nothing
    }
    return fresh == 0 ? levels : -1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    cout << orangesRotting(grid) << '\n';
    return 0;
}
