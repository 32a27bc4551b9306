// Intended solution: one BFS started from all rotten oranges at once (multi-source BFS),
// O(rows * cols).
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    vector<int> queue;
    queue.reserve((size_t)rows * cols);
    int fresh = 0;
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            if (grid[i][j] == '2') queue.push_back(i * cols + j);
            if (grid[i][j] == '1') ++fresh;
        }
    int minutes = 0;
    size_t head = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    // process the queue one minute (one BFS level) at a time
    while (fresh > 0 && head < queue.size()) {
        size_t end = queue.size();
        for (; head < end; ++head) {
            int r = queue[head] / cols, c = queue[head] % cols;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                grid[nr][nc] = '2';  // rots now: mark it at once so it is queued only once
                --fresh;
                queue.push_back(nr * cols + nc);
            }
        }
        ++minutes;
    }
    return fresh == 0 ? minutes : -1;
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
