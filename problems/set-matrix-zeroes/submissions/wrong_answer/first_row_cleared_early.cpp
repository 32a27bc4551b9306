// WA: the O(1)-space method with two flags for the first row and column, but it clears the
// first row and column (when their flags say so) before it reads the markers stored in
// them: a zero in the first row turns every column marker into "clear this column".
#include <bits/stdc++.h>
using namespace std;

void setZeroes(vector<vector<int>>& m) {
    int rows = m.size(), cols = m[0].size();
    bool row0 = false, col0 = false;
    for (int j = 0; j < cols; ++j) row0 |= m[0][j] == 0;
    for (int i = 0; i < rows; ++i) col0 |= m[i][0] == 0;
    for (int i = 1; i < rows; ++i)
        for (int j = 1; j < cols; ++j)
            if (m[i][j] == 0) m[i][0] = m[0][j] = 0;
    if (row0)
        for (int j = 0; j < cols; ++j) m[0][j] = 0;  // too early
    if (col0)
        for (int i = 0; i < rows; ++i) m[i][0] = 0;  // too early
    for (int i = 1; i < rows; ++i)
        for (int j = 1; j < cols; ++j)
            if (m[i][0] == 0 || m[0][j] == 0) m[i][j] = 0;
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
