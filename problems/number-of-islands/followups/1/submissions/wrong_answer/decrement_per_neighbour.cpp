// WA: union-find, but the island count drops by one for every land neighbour instead of for
// every union that merges two different sets. When the new cell touches the same island
// twice (it closes a loop, e.g. the last cell of a 2 x 2 square), the count drops too far.
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
        if (!land[id]) {
            land[id] = 1;
            ++islands;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || !land[nr * cols + nc]) continue;
                parent[find(nr * cols + nc)] = find(id);
                --islands;  // BUG: even when both were already in the same set
            }
        }
        out += to_string(islands);
        out += '\n';
    }
    cout << out;
}
