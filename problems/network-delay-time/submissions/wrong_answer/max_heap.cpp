// WA: std::priority_queue is a max-heap by default: without greater<>, Dijkstra pops the
// FARTHEST node first, and with a "visited when popped" check that node's distance is then
// treated as final although it was not the shortest.
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, w] : edges) adj[u].push_back({v, w});
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    vector<char> done(n + 1, 0);
    priority_queue<pair<long long, int>> pq;  // bug: largest distance on top
    dist[k] = 0;
    pq.push({0, k});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (done[u]) continue;
        done[u] = 1;
        for (auto [v, w] : adj[u])
            if (!done[v] && dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                pq.push({dist[v], v});
            }
    }
    long long answer = 0;
    for (int v = 1; v <= n; ++v) {
        if (dist[v] == INF) return -1;
        answer = max(answer, dist[v]);
    }
    return answer;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, k;
    cin >> n >> m >> k;
    vector<array<int, 3>> edges(m);
    for (auto& [u, v, w] : edges) cin >> u >> v >> w;
    cout << networkDelayTime(n, k, edges) << '\n';
    return 0;
}
