#include <bits/stdc++.h>
using namespace std;

// Return the number of islands in the grid. grid[r][c] is '1' (land) or '0' (water); an
// island is a group of land cells joined through up, down, left and right (not diagonals).
// You may modify grid.
int numIslands(vector<string>& grid) {
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
    cout << numIslands(grid) << '\n';
    return 0;
}
