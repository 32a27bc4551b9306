// Also accepted: union-find with union by size but no path compression: trees stay
// O(log n) deep, so every find is O(log n).
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1), size(n + 1, 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v];
        return v;
    };
    int components = n;
    for (auto [u, v] : edges) {
        int a = find(u), b = find(v);
        if (a == b) continue;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
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
