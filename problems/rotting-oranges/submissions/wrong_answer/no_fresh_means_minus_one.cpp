// WA: a correct multi-source BFS behind a wrong early exit: "no rotten orange, so nothing
// can ever rot: -1". But when there is no fresh orange either, nothing has to rot and the
// answer is 0.
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
    if (queue.empty()) return -1;  // bug: wrong when there is no fresh orange either
    int minutes = 0;
    size_t head = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (fresh > 0 && head < queue.size()) {
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
