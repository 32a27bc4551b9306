// WA: walks each layer as four half-open sides while top < bottom and left < right, then
// adds the centre cell when exactly one cell is left. That fixes odd squares (3 x 3), but a
// leftover line of several cells (a single row, the middle row of 3 x 5) is dropped.
#include <bits/stdc++.h>
using namespace std;

vector<int> spiralOrder(const vector<vector<int>>& matrix) {
    vector<int> out;
    int top = 0, bottom = (int)matrix.size() - 1, left = 0, right = (int)matrix[0].size() - 1;
    while (top < bottom && left < right) {
        for (int j = left; j < right; ++j) out.push_back(matrix[top][j]);
        for (int i = top; i < bottom; ++i) out.push_back(matrix[i][right]);
        for (int j = right; j > left; --j) out.push_back(matrix[bottom][j]);
        for (int i = bottom; i > top; --i) out.push_back(matrix[i][left]);
        ++top, --bottom, ++left, --right;
    }
    if (top == bottom && left == right) out.push_back(matrix[top][left]);
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
