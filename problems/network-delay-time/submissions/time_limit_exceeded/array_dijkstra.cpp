// TLE: Dijkstra without a heap: each step scans all n nodes for the closest unsettled one.
// Correct, but O(n^2 + m): 10^10 steps for n = 100000.
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, w] : edges) adj[u].push_back({v, w});
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    vector<char> done(n + 1, 0);
    dist[k] = 0;
    long long answer = 0;
    for (int step = 0; step < n; ++step) {
        int u = -1;
        for (int v = 1; v <= n; ++v)
            if (!done[v] && dist[v] != INF && (u < 0 || dist[v] < dist[u])) u = v;
        if (u < 0) return -1;  // the rest is unreachable
        done[u] = 1;
        answer = max(answer, dist[u]);
        for (auto [v, w] : adj[u])
            if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
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
