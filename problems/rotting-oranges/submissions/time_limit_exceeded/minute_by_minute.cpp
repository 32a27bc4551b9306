// TLE: simulates the minutes one by one, scanning the whole grid each minute for fresh
// oranges next to an orange that was rotten at the start of that minute. Correct, but
// O(rows * cols * minutes): a winding corridor takes 500000 minutes to rot, 5 * 10^11 steps.
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    int minutes = 0;
    while (true) {
        vector<pair<int, int>> rotNow;
        bool anyFresh = false;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != '1') continue;
                anyFresh = true;
                for (int d = 0; d < 4; ++d) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == '2') {
                        rotNow.push_back({r, c});
                        break;
                    }
                }
            }
        if (!anyFresh) return minutes;
        if (rotNow.empty()) return -1;
        for (auto [r, c] : rotNow) grid[r][c] = '2';
        ++minutes;
    }
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
