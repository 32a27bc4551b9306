// WA: Bellman-Ford with a copy per round (right), but "not reached" is INT_MAX and the
// relaxation adds the price without checking it: INT_MAX + price wraps to a negative number,
// which looks like a very cheap route.
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    const int INF = INT_MAX;
    vector<int> cost(n + 1, INF);
    cost[src] = 0;
    for (int round = 0; round <= k; ++round) {
        vector<int> prev = cost;
        for (auto& [u, v, p] : flights) {
            int c = (int)((unsigned)prev[u] + (unsigned)p);  // wraps like a plain int sum
            if (c < cost[v]) cost[v] = c;
        }
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
