// WA: transposes, then reverses the order of the rows instead of each row: that is a
// rotation by 90 degrees counter-clockwise.
#include <bits/stdc++.h>
using namespace std;

void rotate(vector<vector<int>>& matrix) {
    int n = matrix.size();
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
    reverse(matrix.begin(), matrix.end());
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
