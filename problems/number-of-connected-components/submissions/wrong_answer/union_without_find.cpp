// WA: links the endpoints themselves, parent[u] = v, instead of their roots. Node u loses
// its old link, so earlier merges are undone: edges (1, 2) then (1, 3) leave 2 and 3 in
// different trees.
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v];
        return v;
    };
    for (auto [u, v] : edges)
        if (find(u) != find(v)) parent[u] = v;  // should be parent[find(u)] = find(v)
    int components = 0;
    for (int v = 1; v <= n; ++v) components += parent[v] == v;
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
