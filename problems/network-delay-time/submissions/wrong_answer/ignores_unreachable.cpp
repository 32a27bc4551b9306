// WA: a correct Dijkstra, but the answer is the largest distance among the nodes that were
// reached: a node that the signal never reaches should make the answer -1.
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, w] : edges) adj[u].push_back({v, w});
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[k] = 0;
    pq.push({0, k});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;
        for (auto [v, w] : adj[u])
            if (d + w < dist[v]) {
                dist[v] = d + w;
                pq.push({dist[v], v});
            }
    }
    long long answer = 0;
    for (int v = 1; v <= n; ++v)
        if (dist[v] != INF) answer = max(answer, dist[v]);  // bug: skips unreached nodes
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
