// TLE: union-find with neither path compression nor union by rank/size, linking the root
// of the first endpoint under the root of the second. Fast on random graphs, but edges
// (1, 2), (1, 3), ..., (1, n) build a chain of n nodes under node 1, and every later find(1)
// walks all of it: O(n) per edge, about 10^11 steps on the adversarial tests.
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v];
        return v;
    };
    int components = n;
    for (auto [u, v] : edges) {
        int a = find(u), b = find(v);
        if (a == b) continue;
        parent[a] = b;
        --components;
    }
    return components;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<pair<int, int>> edges(m);
    for (auto& [u, v] : edges) cin >> u >> v;
    cout << countComponents(n, edges) << '\n';
    return 0;
}
