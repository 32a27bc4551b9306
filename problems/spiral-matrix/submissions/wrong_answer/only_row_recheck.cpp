// WA: checks that a row is left before walking the bottom row, but forgets the symmetric
// check before walking the left column. Wide matrices pass; a tall matrix whose last layer
// is a single column (5 x 3, a single column) walks that column twice.
#include <bits/stdc++.h>
using namespace std;

vector<int> spiralOrder(const vector<vector<int>>& matrix) {
    vector<int> out;
    int top = 0, bottom = (int)matrix.size() - 1, left = 0, right = (int)matrix[0].size() - 1;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; ++j) out.push_back(matrix[top][j]);
        ++top;
        for (int i = top; i <= bottom; ++i) out.push_back(matrix[i][right]);
        --right;
        if (top <= bottom) {
            for (int j = right; j >= left; --j) out.push_back(matrix[bottom][j]);
            --bottom;
        }
        for (int i = bottom; i >= top; --i) out.push_back(matrix[i][left]);  // no check
        ++left;
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
