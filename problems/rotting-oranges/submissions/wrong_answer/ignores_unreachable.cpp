// WA: a correct multi-source BFS, but it returns the number of minutes without checking
// that every fresh orange was reached: an orange walled off by empty cells never rots, and
// the answer should be -1.
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    vector<int> queue;
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (grid[i][j] == '2') queue.push_back(i * cols + j);
    bool anyFresh = false;
    for (auto& row : grid) anyFresh |= row.find('1') != string::npos;
    if (!anyFresh) return 0;
    if (queue.empty()) return -1;  // fresh oranges and nothing rotten
    int minutes = 0;
    size_t head = 0;
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    while (head < queue.size()) {
        size_t end = queue.size();
        bool rotted = false;
        for (; head < end; ++head) {
            int r = queue[head] / cols, c = queue[head] % cols;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                grid[nr][nc] = '2';
                rotted = true;
                queue.push_back(nr * cols + nc);
            }
        }
        if (rotted) ++minutes;
    }
    return minutes;  // bug: some fresh oranges may never have been reached
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
