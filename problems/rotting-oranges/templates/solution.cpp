#include <bits/stdc++.h>
using namespace std;

// grid[r][c] is '0' (empty), '1' (fresh orange) or '2' (rotten orange). Each minute, every
// rotten orange rots the fresh oranges directly above, below, left and right of it. Return
// the number of minutes until no fresh orange is left, or -1 if that never happens (0 if
// there is no fresh orange to begin with). You may modify grid.
int orangesRotting(vector<string>& grid) {
    // TODO: your code here
    return 0;
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
