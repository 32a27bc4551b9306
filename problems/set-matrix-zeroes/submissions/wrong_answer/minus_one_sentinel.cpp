// WA: avoids the spreading by marking cells to clear with -1 during the scan and turning
// every -1 into 0 at the end. But -1 is a valid value: an original -1 outside the cleared
// rows and columns is zeroed too.
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& matrix) {
    int rows = matrix.size(), cols = matrix[0].size();
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (matrix[i][j] == 0) {
                for (int k = 0; k < cols; ++k)
                    if (matrix[i][k] != 0) matrix[i][k] = -1;
                for (int k = 0; k < rows; ++k)
                    if (matrix[k][j] != 0) matrix[k][j] = -1;
            }
    for (auto& row : matrix)
        for (int& x : row)
            if (x == -1) x = 0;
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
