// TLE: "take the first row, then rotate what is left counter-clockwise" (the famous
// one-liner). Correct, but every turn copies the whole remaining matrix: about rows + cols
// copies of up to rows * cols cells, some 10^9 strided moves for 1000 x 1000.
#include <bits/stdc++.h>
using namespace std;

vector<int> spiralOrder(vector<vector<int>> m) {
    vector<int> out;
    while (!m.empty() && !m[0].empty()) {
        out.insert(out.end(), m[0].begin(), m[0].end());
        int rows = m.size() - 1, cols = m[0].size();
        if (rows == 0) break;
        // rotate rows 1..rows counter-clockwise: new[i][j] = old[1 + j][cols - 1 - i]
        vector<vector<int>> r(cols, vector<int>(rows));
        for (int i = 0; i < cols; ++i)
            for (int j = 0; j < rows; ++j) r[i][j] = m[1 + j][cols - 1 - i];
        m.swap(r);
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    cin >> rows >> cols;
    vector<vector<int>> matrix(rows, vector<int>(cols));
    for (auto& row : matrix)
        for (auto& x : row) cin >> x;
    vector<int> out = spiralOrder(matrix);
    string s;
    for (size_t i = 0; i < out.size(); ++i) {
        if (i) s += ' ';
        s += to_string(out[i]);
    }
    s += '\n';
    cout << s;
    return 0;
}
