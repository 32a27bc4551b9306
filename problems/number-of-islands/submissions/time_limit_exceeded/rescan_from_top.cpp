// TOO SLOW: "find a land cell, sink its island, repeat" -- but every search for the next land
// cell starts again from the top-left corner. Correct, but O(islands * rows * cols): a
// 1000 x 1000 grid with hundreds of thousands of islands costs about 10^11 cell reads.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto& row : grid) cin >> row;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    int islands = 0;
    vector<pair<int, int>> st;
    while (true) {
        int sr = -1, sc = -1;
        for (int r = 0; r < rows && sr < 0; ++r)  // restarts at (0, 0) every time
            for (int c = 0; c < cols; ++c)
                if (grid[r][c] == '1') { sr = r; sc = c; break; }
        if (sr < 0) break;
        ++islands;
        grid[sr][sc] = '0';
        st.assign(1, {sr, sc});
        while (!st.empty()) {
            auto [r, c] = st.back();
            st.pop_back();
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != '1') continue;
                grid[nr][nc] = '0';
                st.push_back({nr, nc});
            }
        }
    }
    cout << islands << '\n';
}
