// TLE: correct, but clears a whole row and a whole column for every zero cell it finds
// (reading the zeros from a copy): O(z * (rows + cols)) for z zeros, about 1.4 * 10^9
// writes when half the cells of a 1200 x 1200 matrix are zero.
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& matrix) {
    int rows = matrix.size(), cols = matrix[0].size();
    vector<vector<int>> original = matrix;
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (original[i][j] == 0) {
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
