// Intended solution: walk the boundary of a shrinking rectangle, O(rows * cols).
#include <bits/stdc++.h>
using namespace std;

vector<int> spiralOrder(const vector<vector<int>>& matrix) {
    vector<int> out;
    int rows = matrix.size(), cols = rows ? matrix[0].size() : 0;
    out.reserve((size_t)rows * cols);
    int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; ++j) out.push_back(matrix[top][j]);
        ++top;
        for (int i = top; i <= bottom; ++i) out.push_back(matrix[i][right]);
        --right;
        if (top <= bottom) {  // a row is left: walk it right to left
            for (int j = right; j >= left; --j) out.push_back(matrix[bottom][j]);
            --bottom;
        }
        if (left <= right) {  // a column is left: walk it bottom to top
            for (int i = bottom; i >= top; --i) out.push_back(matrix[i][left]);
            ++left;
        }
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
    s.reserve(out.size() * 12);
    for (size_t i = 0; i < out.size(); ++i) {
        if (i) s += ' ';
        s += to_string(out[i]);
    }
    s += '\n';
    cout << s;
    return 0;
}
