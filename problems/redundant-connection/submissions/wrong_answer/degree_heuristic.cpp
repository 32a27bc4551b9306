// WA: "a node on the cycle has degree >= 2, so return the last edge whose two ends both have
// degree >= 2". Right when every node off the cycle is a leaf, wrong when a tree edge joins
// two inner nodes (a branch of length 2 or more hanging off the cycle) after the cycle's
// last edge.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    vector<int> degree(n + 1, 0);
    for (auto [u, v] : edges) ++degree[u], ++degree[v];
    for (int i = (int)edges.size() - 1; i >= 0; --i)
        if (degree[edges[i].first] >= 2 && degree[edges[i].second] >= 2) return edges[i];
    return edges.back();
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
