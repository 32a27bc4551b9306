// WA: finds the cycle correctly (by peeling off leaves until only the cycle is left), but
// returns the cycle edge that comes FIRST in the input instead of the last one.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    vector<int> degree(n + 1, 0);
    vector<vector<int>> adj(n + 1);
    for (auto [u, v] : edges) {
        ++degree[u], ++degree[v];
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> leaves;
    for (int v = 1; v <= n; ++v)
        if (degree[v] == 1) leaves.push_back(v);
    vector<char> removed(n + 1, 0);
    while (!leaves.empty()) {
        int x = leaves.back();
        leaves.pop_back();
        removed[x] = 1;
        for (int y : adj[x])
            if (!removed[y] && --degree[y] == 1) leaves.push_back(y);
    }
    for (auto [u, v] : edges)  // bug: should scan from the end
        if (!removed[u] && !removed[v]) return {u, v};
    return {-1, -1};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<int, int>> edges(n);
    for (auto& [u, v] : edges) cin >> u >> v;
    auto [u, v] = findRedundantConnection(n, edges);
    cout << u << ' ' << v << '\n';
    return 0;
}
