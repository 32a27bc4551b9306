// Also accepted: union-find with full path compression but no union by rank/size
// (amortized O(log n) per operation), on the same adversarial tests.
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int v) {
        int root = v;
        while (parent[root] != root) root = parent[root];
        while (parent[v] != root) {  // point every node of the path at the root
            int next = parent[v];
            parent[v] = root;
            v = next;
        }
        return root;
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
