// TLE: the same union-find without path compression or rank, linking the other way (the
// root of the second endpoint under the root of the first). Edges (1, i) now give a star,
// but edges (2, 1), (3, 1), ..., (n, 1) build the chain: O(n) per later find(1).
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v];
        return v;
    };
    int components = n;
    for (auto [u, v] : edges) {
        int a = find(u), b = find(v);
        if (a == b) continue;
        parent[b] = a;
        --components;
    }
    return components;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<pair<int, int>> edges(m);
    for (auto& [u, v] : edges) cin >> u >> v;
    cout << countComponents(n, edges) << '\n';
    return 0;
}
