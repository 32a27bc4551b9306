// WA: the transpose loop visits every pair (i, j) and (j, i), so each pair is swapped twice
// and the matrix is back where it started; reversing the rows then mirrors it instead of
// rotating it. (A symmetric matrix hides the bug.)
#include <bits/stdc++.h>
using namespace std;

void rotate(vector<vector<int>>& matrix) {
    int n = matrix.size();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) swap(matrix[i][j], matrix[j][i]);  // should be j > i
    for (auto& row : matrix) reverse(row.begin(), row.end());
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<vector<int>> matrix(n, vector<int>(n));
    for (auto& row : matrix)
        for (auto& x : row) cin >> x;
    rotate(matrix);
    string s;
    for (const auto& row : matrix) {
        for (int j = 0; j < n; ++j) {
            if (j) s += ' ';
            s += to_string(row[j]);
        }
        s += '\n';
    }
    cout << s;
    return 0;
}
