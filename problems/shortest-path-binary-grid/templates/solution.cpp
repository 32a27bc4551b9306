#include <bits/stdc++.h>
using namespace std;

// Return the number of cells on a shortest path from the top-left cell to the bottom-right
// cell, moving in 8 directions through '0' cells only, or -1 if there is no such path.
// grid[r][c] is '0' (free) or '1' (blocked). You may modify grid.
int shortestPathBinaryMatrix(vector<string>& grid) {
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
    cout << shortestPathBinaryMatrix(grid) << '\n';
    return 0;
}
