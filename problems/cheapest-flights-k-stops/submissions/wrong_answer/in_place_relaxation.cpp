// WA: Bellman-Ford with k + 1 rounds, but each round relaxes the same array it reads. A
// price updated early in a round is used again later in the same round, so one round can
// follow several flights: routes with more than k stops slip in (the flights src -> a,
// a -> b, b -> dst listed in this order are all taken in round 1).
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    const int INF = INT_MAX;
    vector<int> cost(n + 1, INF);
    cost[src] = 0;
    for (int round = 0; round <= k; ++round)
        for (auto& [u, v, p] : flights)
            if (cost[u] != INF && cost[u] + p < cost[v]) cost[v] = cost[u] + p;  // no copy
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
