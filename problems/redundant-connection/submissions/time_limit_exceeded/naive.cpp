// TLE: before adding each edge, runs a BFS over the edges added so far to see whether its
// ends are already connected. Correct, but each BFS can cover the whole component built so
// far: O(n^2), about 2 * 10^10 steps on a path of 200000 nodes given in order.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    vector<vector<int>> adj(n + 1);
    vector<int> seen(n + 1, -1);
    for (int i = 0; i < (int)edges.size(); ++i) {
        auto [u, v] = edges[i];
        queue<int> q;
        q.push(u);
        seen[u] = i;
        bool found = false;
        while (!q.empty() && !found) {
            int x = q.front();
            q.pop();
            for (int y : adj[x])
                if (seen[y] != i) {
                    if (y == v) found = true;
                    seen[y] = i;
                    q.push(y);
                }
        }
        if (found) return {u, v};
        adj[u].push_back(v);
        adj[v].push_back(u);
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
