#include <bits/stdc++.h>
using namespace std;

// Cities are numbered 1..n. Each {u, v, p} in flights is a one-way flight from u to v that
// costs p. Return the cheapest price of a route from src to dst with at most k stops (at
// most k + 1 flights), 0 if src == dst, or -1 if there is no such route.
int findCheapestPrice(int n, const vector<array<int, 3>>& flights, int src, int dst, int k) {
    // TODO: your code here
    return 0;
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
