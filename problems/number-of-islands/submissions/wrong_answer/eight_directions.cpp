// WRONG: treats diagonal neighbours as connected (8 directions instead of 4), so two
// land cells that touch only at a corner are merged into one island.
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
    int islands = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] != '1') continue;
            ++islands;
            grid[r][c] = '0';
            queue.assign(1, r * cols + c);
            for (size_t head = 0; head < queue.size(); ++head) {
                int cr = queue[head] / cols, cc = queue[head] % cols;
                for (int dr = -1; dr <= 1; ++dr) {
                    for (int dc = -1; dc <= 1; ++dc) {
                        int nr = cr + dr, nc = cc + dc;
                        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                        grid[nr][nc] = '0';
                        queue.push_back(nr * cols + nc);
                    }
                }
            }
        }
    }
    cout << islands << '\n';
}
