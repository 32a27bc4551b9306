// Follow-up: union-find over the cells. A new land cell starts as its own island (+1); each
// union with a land neighbour in a different set merges two islands (-1). Union by size and
// path halving: O(alpha) amortized per operation, O(rows * cols + q alpha) in total.
#include <bits/stdc++.h>
using namespace std;

struct DSU {
    vector<int> parent, size;
    explicit DSU(int n) : parent(n), size(n, 1) { iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];  // path halving
            x = parent[x];
        }
        return x;
    }
    bool unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return false;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
        return true;
    }
};

vector<int> islandsAfterEach(int rows, int cols, const vector<pair<int, int>>& cells) {
    DSU dsu(rows * cols);
    vector<char> land(rows * cols, 0);
    vector<int> counts;
    counts.reserve(cells.size());
    int islands = 0;
    const int dr[] = {1, -1, 0, 0};
    const int dc[] = {0, 0, 1, -1};
    for (auto [r, c] : cells) {
        int id = r * cols + c;
        if (!land[id]) {  // adding land where land already is changes nothing
            land[id] = 1;
            ++islands;
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || !land[nr * cols + nc]) continue;
                if (dsu.unite(id, nr * cols + nc)) --islands;
            }
        }
        counts.push_back(islands);
    }
    return counts;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, q;
    cin >> rows >> cols >> q;
    vector<pair<int, int>> cells(q);
    for (auto& [r, c] : cells) cin >> r >> c;
    string out;
    for (int x : islandsAfterEach(rows, cols, cells)) {
        out += to_string(x);
        out += '\n';
    }
    cout << out;
}
