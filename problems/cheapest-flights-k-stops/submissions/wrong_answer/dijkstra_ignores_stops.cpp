// WA: plain Dijkstra from src: the cheapest price to dst over routes of any length. When
// the cheapest route has more than k stops, the answer must come from a dearer, shorter one.
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, p] : flights) adj[u].push_back({v, p});
    vector<long long> dist(n + 1, LLONG_MAX);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[src] = 0;
    pq.push({0, src});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;
        for (auto [v, p] : adj[u])
            if (d + p < dist[v]) {
                dist[v] = d + p;
                pq.push({dist[v], v});
            }
    }
    (void)k;  // bug: the stop limit is never used
    return dist[dst] == LLONG_MAX ? -1 : (int)dist[dst];
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> flights(m);
    for (auto& [u, v, p] : flights) cin >> u >> v >> p;
    int src, dst, k;
    cin >> src >> dst >> k;
    cout << findCheapestPrice(n, flights, src, dst, k) << '\n';
    return 0;
}
