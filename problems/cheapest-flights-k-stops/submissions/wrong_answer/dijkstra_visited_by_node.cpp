// WA: Dijkstra over (price, city, flights used) that marks a CITY as done the first time it
// is popped. The cheapest way into a city may use too many flights to continue to dst, and
// the dearer way with fewer flights, popped later, is then thrown away.
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, p] : flights) adj[u].push_back({v, p});
    vector<char> done(n + 1, 0);
    priority_queue<array<int, 3>, vector<array<int, 3>>, greater<>> pq;  // price, city, used
    pq.push({0, src, 0});
    while (!pq.empty()) {
        auto [cost, city, used] = pq.top();
        pq.pop();
        if (city == dst) return cost;
        if (done[city]) continue;  // bug: should depend on the flights used too
        done[city] = 1;
        if (used == k + 1) continue;
        for (auto [next, price] : adj[city])
            if (!done[next]) pq.push({cost + price, next, used + 1});
    }
    return -1;
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
