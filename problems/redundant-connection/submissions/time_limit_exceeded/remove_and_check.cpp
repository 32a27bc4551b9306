// TLE: tries the edges from the last one backwards; for each, checks with a BFS whether the
// other n - 1 edges still connect all nodes, and returns the first edge for which they do.
// Correct, but O(n) per try: O(n^2) when the cycle's last edge comes early in the input.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    int m = edges.size();
    vector<vector<pair<int, int>>> adj(n + 1);  // (neighbour, edge index)
    for (int i = 0; i < m; ++i) {
        adj[edges[i].first].push_back({edges[i].second, i});
        adj[edges[i].second].push_back({edges[i].first, i});
    }
    vector<int> seen(n + 1, -1);
    for (int skip = m - 1; skip >= 0; --skip) {
        vector<int> stack = {1};
        seen[1] = skip;
        int reached = 1;
        while (!stack.empty()) {
            int x = stack.back();
            stack.pop_back();
            for (auto [y, id] : adj[x])
                if (id != skip && seen[y] != skip) {
                    seen[y] = skip;
                    ++reached;
                    stack.push_back(y);
                }
        }
        if (reached == n) return edges[skip];
    }
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
