// Intended solution: union-find over the edges in input order; the first edge whose ends
// are already connected closes the only cycle, and it is the cycle's last edge in the input.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1), size(n + 1, 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];  // path halving
        return v;
    };
    for (auto [u, v] : edges) {
        int a = find(u), b = find(v);
        if (a == b) return {u, v};
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
    }
    return {-1, -1};  // unreachable: the input has exactly one cycle
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<int, int>> edges(n);
    for (auto& [u, v] : edges) cin >> u >> v;
    auto [u, v] = findRedundantConnection(n, edges);
    cout << u << ' ' << v << '\n';
    return 0;
}
