// WA: Dijkstra with 32-bit distances, behind two cheap (and correct) guards: one node means
// 0, fewer than n - 1 links mean -1. A path of several links of up to 10^9 is longer than
// 2^31 - 1: the sum wraps around to a negative (or wrong) number.
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    if (n == 1) return 0;
    if ((int)edges.size() < n - 1) return -1;  // not enough links to reach everyone
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, w] : edges) adj[u].push_back({v, w});
    const int INF = INT_MAX;
    vector<int> dist(n + 1, INF);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
    dist[k] = 0;
    pq.push({0, k});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;
        for (auto [v, w] : adj[u]) {
            int nd = (int)((unsigned)d + (unsigned)w);  // wraps like a plain int sum
            if (nd < dist[v]) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    int answer = 0;
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
