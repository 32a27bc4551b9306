// Intended solution: Bellman-Ford limited to k + 1 rounds; each round relaxes from a copy
// of the previous round's prices, so round r only builds routes of at most r flights.
// O(k * m) time, O(n) space.
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    const int INF = INT_MAX;
    vector<int> cost(n + 1, INF);
    cost[src] = 0;
    for (int round = 0; round <= k; ++round) {  // k stops = at most k + 1 flights
        vector<int> prev = cost;                  // prices with at most `round` flights
        bool changed = false;
        for (auto& [u, v, p] : flights)
            if (prev[u] != INF && prev[u] + p < cost[v]) {
                cost[v] = prev[u] + p;
                changed = true;
            }
        if (!changed) break;
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
