#include <bits/stdc++.h>
using namespace std;

// The n edges (u, v) form a tree on the nodes 1..n plus one extra edge. Return the edge,
// exactly as it appears in edges, whose removal leaves a tree; if several edges qualify,
// the one that appears last in edges.
pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    // TODO: your code here
    return {0, 0};
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
