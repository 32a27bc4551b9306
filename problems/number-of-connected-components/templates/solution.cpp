#include <bits/stdc++.h>
using namespace std;

// Nodes are numbered 1..n; each pair {u, v} in edges is an undirected edge (u == v and
// repeated pairs are possible). Return the number of connected components.
int countComponents(int n, const vector<pair<int, int>>& edges) {
    // TODO: your code here
    return 0;
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
