#include <bits/stdc++.h>
using namespace std;

// For every cell that holds 0 in the original matrix, set its whole row and its whole column
// to 0. Modify matrix in place (the caller prints it afterwards). Zeros that you write do not
// count as original zeros.
void setZeroes(vector<vector<int>>& matrix) {
    // TODO: your code here
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
