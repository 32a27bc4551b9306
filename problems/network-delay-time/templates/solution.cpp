#include <bits/stdc++.h>
using namespace std;

// Nodes are numbered 1..n. Each {u, v, w} in edges is a one-way link from u to v with delay
// w (1 <= w <= 10^9). A signal starts at node k at time 0. Return the time at which the last
// node receives it, or -1 if some node never does. The answer can exceed 32 bits.
long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    // TODO: your code here
    return 0;
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
