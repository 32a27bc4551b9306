// Intended solution: mark the rows and columns that hold a zero first, then clear them;
// O(rows * cols) time, O(rows + cols) extra space.
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& matrix) {
    int rows = matrix.size(), cols = matrix[0].size();
    vector<char> zeroRow(rows, 0), zeroCol(cols, 0);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (matrix[i][j] == 0) zeroRow[i] = zeroCol[j] = 1;
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (zeroRow[i] || zeroCol[j]) matrix[i][j] = 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<vector<int>> matrix(rows, vector<int>(cols));
    for (auto& row : matrix)
        for (auto& x : row) cin >> x;
    setZeroes(matrix);
    string s;
    for (const auto& row : matrix) {
        for (int j = 0; j < cols; ++j) {
            if (j) s += ' ';
            s += to_string(row[j]);
        }
        s += '\n';
    }
    cout << s;
    return 0;
}
