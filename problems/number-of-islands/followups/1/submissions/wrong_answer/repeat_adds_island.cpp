// WA: union-find that does not check whether the cell is already land. Adding land where
// land already is counts a new island (+1), and no union takes it back (the cell is already
// in the same set as its land neighbours): every repeated addition adds a phantom island.
#include <bits/stdc++.h>
using namespace std;

vector<int> parent;
int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, q;
    cin >> rows >> cols >> q;
    parent.resize(rows * cols);
    iota(parent.begin(), parent.end(), 0);
    vector<char> land(rows * cols, 0);
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    int islands = 0;
    string out;
    for (int i = 0; i < q; ++i) {
        int r, c;
        cin >> r >> c;
        int id = r * cols + c;
        land[id] = 1;  // BUG: no check for land that is already there
        ++islands;
        for (int d = 0; d < 4; ++d) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || !land[nr * cols + nc]) continue;
            int a = find(id), b = find(nr * cols + nc);
            if (a != b) {
                parent[a] = b;
                --islands;
            }
        }
        out += to_string(islands);
        out += '\n';
    }
    cout << out;
}
