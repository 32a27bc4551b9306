// TLE: Bellman-Ford: relax every edge, round after round, until a round changes nothing.
// Correct, but a round costs O(m) and a shortest-path tree that is a path of n nodes, with
// its edges listed backwards, needs n rounds: O(n * m) = 2 * 10^10 steps.
#include <bits/stdc++.h>
using namespace std;

long long networkDelayTime(int n, int k, const vector<array<int, 3>>& edges) {
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    dist[k] = 0;
    for (int round = 1; round < n; ++round) {
        bool changed = false;
        for (auto& [u, v, w] : edges)
            if (dist[u] != INF && dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                changed = true;
            }
        if (!changed) break;
    }
    long long answer = 0;
    for (int v = 1; v <= n; ++v) {
        if (dist[v] == INF) return -1;
        answer = max(answer, dist[v]);
    }
    return answer;
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
