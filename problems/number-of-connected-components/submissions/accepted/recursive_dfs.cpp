// Also accepted: adjacency lists and a recursive DFS from every unvisited node. A path of
// 200000 nodes makes it recurse 200000 calls deep; that fits in the judge's C++ stack.
#include <bits/stdc++.h>
using namespace std;

static vector<vector<int>> adj;
static vector<char> seen;

static void dfs(int v) {
    seen[v] = 1;
    for (int w : adj[v])
        if (!seen[w]) dfs(w);
}

int countComponents(int n, const vector<pair<int, int>>& edges) {
    adj.assign(n + 1, {});
    seen.assign(n + 1, 0);
    for (auto [u, v] : edges) {
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    int components = 0;
    for (int v = 1; v <= n; ++v)
        if (!seen[v]) {
            ++components;
            dfs(v);
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
