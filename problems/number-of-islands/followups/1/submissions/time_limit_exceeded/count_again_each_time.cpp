// TLE: the first stage's solution run again after every addition: copy the grid and count
// its islands with a flood fill. Correct, but O(rows * cols) per addition: 2 * 10^11 cell
// visits for a 1000 x 1000 grid and 2 * 10^5 additions.
#include <bits/stdc++.h>
using namespace std;

int countIslands(vector<string> grid) {  // the first stage's BFS, on a copy
    int rows = grid.size(), cols = grid[0].size();
    vector<int> queue;
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    int islands = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] != '1') continue;
            ++islands;
            grid[r][c] = '0';
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
    return islands;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, q;
    cin >> rows >> cols >> q;
    vector<string> grid(rows, string(cols, '0'));
    string out;
    for (int i = 0; i < q; ++i) {
        int r, c;
        cin >> r >> c;
        grid[r][c] = '1';
        out += to_string(countIslands(grid));
        out += '\n';
    }
    cout << out;
}
