// WA: moves cells in cycles of four, for i < n/2 and j < n/2. For even n those are the four
// quarters; for odd n the cells of the middle row and column (except the centre) are never
// moved. Every even size passes.
#include <bits/stdc++.h>
using namespace std;

void rotate(vector<vector<int>>& m) {
    int n = m.size();
    for (int i = 0; i < n / 2; ++i)
        for (int j = 0; j < n / 2; ++j) {  // should be j < (n + 1) / 2
            int t = m[i][j];
            m[i][j] = m[n - 1 - j][i];
            m[n - 1 - j][i] = m[n - 1 - i][n - 1 - j];
            m[n - 1 - i][n - 1 - j] = m[j][n - 1 - i];
            m[j][n - 1 - i] = t;
        }
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
