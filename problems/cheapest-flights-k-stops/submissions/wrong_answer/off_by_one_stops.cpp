// WA: reads "k stops" as "k flights": runs k Bellman-Ford rounds instead of k + 1, behind a
// correct special case for k = 0 (a direct flight or nothing). Any k >= 1 whose best route
// needs exactly k + 1 flights is missed.
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    if (src == dst) return 0;
    if (k == 0) {  // the guard: only direct flights
        int best = -1;
        for (auto& [u, v, p] : flights)
            if (u == src && v == dst && (best < 0 || p < best)) best = p;
        return best;
    }
    const int INF = INT_MAX;
    vector<int> cost(n + 1, INF);
    cost[src] = 0;
    for (int round = 0; round < k; ++round) {  // bug: should be k + 1 rounds
        vector<int> prev = cost;
        for (auto& [u, v, p] : flights)
            if (prev[u] != INF && prev[u] + p < cost[v]) cost[v] = prev[u] + p;
    }
    return cost[dst] == INF ? -1 : cost[dst];
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
