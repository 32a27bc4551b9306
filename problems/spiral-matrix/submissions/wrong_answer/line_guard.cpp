// WA: the classic duplicate bug hidden behind a guard. A single row or a single column is
// answered directly (so those tests pass), but the layer loop still walks the bottom row and
// the left column without re-checking the bounds: any other non-square matrix whose last
// layer is a single row or column (3 x 5, 5 x 3) repeats cells.
#include <bits/stdc++.h>
using namespace std;

vector<int> spiralOrder(const vector<vector<int>>& matrix) {
    vector<int> out;
    int rows = matrix.size(), cols = matrix[0].size();
    if (rows == 1) return matrix[0];
    if (cols == 1) {
        for (int i = 0; i < rows; ++i) out.push_back(matrix[i][0]);
        return out;
    }
    int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; ++j) out.push_back(matrix[top][j]);
        ++top;
        for (int i = top; i <= bottom; ++i) out.push_back(matrix[i][right]);
        --right;
        for (int j = right; j >= left; --j) out.push_back(matrix[bottom][j]);
        --bottom;
        for (int i = bottom; i >= top; --i) out.push_back(matrix[i][left]);
        ++left;
    }
    return out;
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
