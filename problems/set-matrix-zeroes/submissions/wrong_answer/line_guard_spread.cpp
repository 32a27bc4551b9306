// WA: the spreading bug behind a guard. A single row or a single column is answered
// directly (any zero clears the whole line, which is right), and so is a matrix without
// zeros; only the general case clears rows and columns during the scan, and spreads.
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& matrix) {
    int rows = matrix.size(), cols = matrix[0].size();
    if (rows == 1 || cols == 1) {
        bool any = false;
        for (auto& row : matrix)
            for (int x : row) any |= x == 0;
        if (any)
            for (auto& row : matrix) fill(row.begin(), row.end(), 0);
        return;
    }
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (matrix[i][j] == 0) {
                for (int k = 0; k < cols; ++k) matrix[i][k] = 0;
                for (int k = 0; k < rows; ++k) matrix[k][j] = 0;
            }
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
