// TLE: depth-first search over every route of at most k + 1 flights that does not visit a
// city twice, keeping the cheapest price that reaches dst. Correct, but the number of routes
// grows like n^k: on 100 fully connected cities it never finishes.
#include <bits/stdc++.h>
using namespace std;

static vector<vector<pair<int, int>>> adj;
static vector<char> onRoute;
static int best, target;

static void dfs(int city, int cost, int flightsLeft) {
    if (city == target) {
        best = min(best, cost);
        return;
    }
    if (flightsLeft == 0) return;
    onRoute[city] = 1;
    for (auto [next, price] : adj[city])
        if (!onRoute[next]) dfs(next, cost + price, flightsLeft - 1);
    onRoute[city] = 0;
}

int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    adj.assign(n + 1, {});
    for (auto& [u, v, p] : flights) adj[u].push_back({v, p});
    onRoute.assign(n + 1, 0);
    best = INT_MAX;
    target = dst;
    dfs(src, 0, k + 1);
    return best == INT_MAX ? -1 : best;
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
