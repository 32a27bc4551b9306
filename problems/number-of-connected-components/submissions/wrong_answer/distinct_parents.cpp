// WA: a correct union-find, but the answer is taken as the number of distinct values in
// parent[] instead of the number of distinct roots: a node that is the parent of another
// node without being a root is counted as a component too (trees two levels deep).
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1), size(n + 1, 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        while (parent[v] != v) v = parent[v];
        return v;
    };
    for (auto [u, v] : edges) {
        int a = find(u), b = find(v);
        if (a == b) continue;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
    }
    return (int)set<int>(parent.begin() + 1, parent.end()).size();  // should count roots
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
