#include <bits/stdc++.h>
using namespace std;

// Return the values of the matrix in spiral order: along the top row from left to right,
// down the right column, along the bottom row from right to left, up the left column, then
// the same for the inner part, until every cell has been listed exactly once.
// The matrix has at least one row and one column; it need not be square.
vector<int> spiralOrder(const vector<vector<int>>& matrix) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<vector<int>> matrix(rows, vector<int>(cols));
    for (auto& row : matrix)
        for (auto& x : row) cin >> x;
    vector<int> out = spiralOrder(matrix);
    string s;
    for (size_t i = 0; i < out.size(); ++i) {
        if (i) s += ' ';
        s += to_string(out[i]);
    }
    s += '\n';
    cout << s;
    return 0;
}
