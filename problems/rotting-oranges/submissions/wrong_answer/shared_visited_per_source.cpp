// WA: runs a separate BFS from each rotten orange, one after the other, but they share the
// "already rotten" marks. The first BFS claims every orange it can reach, with its own
// (too large) times, and the later, closer sources find nothing left to improve.
#include <bits/stdc++.h>
using namespace std;

int orangesRotting(vector<string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    vector<pair<int, int>> sources;
    int fresh = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (grid[r][c] == '2') sources.push_back({r, c});
            if (grid[r][c] == '1') ++fresh;
        }
    const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    int answer = 0;
    for (auto [sr, sc] : sources) {
        queue<tuple<int, int, int>> q;
        q.push({sr, sc, 0});
        while (!q.empty()) {
            auto [r, c, t] = q.front();
            q.pop();
            answer = max(answer, t);
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                grid[nr][nc] = '2';
                --fresh;
                q.push({nr, nc, t + 1});
            }
        }
    }
    return fresh == 0 ? answer : -1;
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
