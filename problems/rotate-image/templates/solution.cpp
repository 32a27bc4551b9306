#include <bits/stdc++.h>
using namespace std;

// Rotate the n x n matrix by 90 degrees clockwise, in place: modify matrix itself (the
// caller prints it afterwards). Try not to allocate a second n x n matrix.
void rotate(vector<vector<int>>& matrix) {
    // TODO: your code here
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
