// WA: Dijkstra that marks a node as done when it is first pushed, not when it is popped.
// The first path found to a node is then final, even when a path with more edges but less
// total weight is found later (a direct expensive edge versus two cheap ones).
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, w] : edges) adj[u].push_back({v, w});
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    vector<char> done(n + 1, 0);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[k] = 0;
    done[k] = 1;
    pq.push({0, k});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        for (auto [v, w] : adj[u])
            if (!done[v]) {  // bug: v's distance is fixed the first time it is seen
                done[v] = 1;
                dist[v] = d + w;
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
