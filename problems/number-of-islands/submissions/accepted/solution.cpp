// Flood fill with an explicit queue (BFS): each land cell is visited once.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;

    vector<int> queue;
    queue.reserve(static_cast<size_t>(rows) * cols);
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    int islands = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] != '1') continue;
            ++islands;
            grid[r][c] = '0';  // sink the cell so that it is never counted again
            queue.clear();
            queue.push_back(r * cols + c);
            for (size_t head = 0; head < queue.size(); ++head) {
                int cr = queue[head] / cols, cc = queue[head] % cols;
                for (int d = 0; d < 4; ++d) {
                    int nr = cr + dr[d], nc = cc + dc[d];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                    grid[nr][nc] = '0';
                    queue.push_back(nr * cols + nc);
                }
            }
        }
    }
    cout << islands << '\n';
}
