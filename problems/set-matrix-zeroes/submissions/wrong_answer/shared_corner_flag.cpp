// WA: the O(1)-space method, with the first row and column as markers, but a single cell
// matrix[0][0] marks both "row 0 has a zero" and "column 0 has a zero". A zero in the first
// row then also clears the first column (and a zero in the first column, the first row).
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& m) {
    int rows = m.size(), cols = m[0].size();
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            if (m[i][j] == 0) m[i][0] = m[0][j] = 0;
    for (int i = 1; i < rows; ++i)
        for (int j = 1; j < cols; ++j)
            if (m[i][0] == 0 || m[0][j] == 0) m[i][j] = 0;
    if (m[0][0] == 0) {  // should be two separate flags, saved before marking
        for (int j = 0; j < cols; ++j) m[0][j] = 0;
        for (int i = 0; i < rows; ++i) m[i][0] = 0;
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
