// MLE: Dijkstra over (price, city, flights used) that pushes every extension of every route
// with at most k + 1 flights and stops when dst is popped. Correct, but with no record of
// what was already reached it queues routes one by one: when every route into dst is
// expensive, the heap fills with millions of cheap routes that go nowhere (exponential).
#include <bits/stdc++.h>
using namespace std;

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    vector<vector<pair<int, int>>> adj(n + 1);
    for (auto& [u, v, p] : flights) adj[u].push_back({v, p});
    priority_queue<array<int, 3>, vector<array<int, 3>>, greater<>> pq;  // price, city, used
    pq.push({0, src, 0});
    while (!pq.empty()) {
        auto [cost, city, used] = pq.top();
        pq.pop();
        if (city == dst) return cost;
        if (used == k + 1) continue;
        for (auto [next, price] : adj[city]) pq.push({cost + price, next, used + 1});
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
