// TLE: "quick-find": every node stores its component label, and each edge that joins two
// components relabels one of them by scanning all n nodes: O(n) per merge, O(n^2) in all,
// about 4 * 10^10 steps for n = 200000 nodes joined one by one.
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    vector<int> label(n + 1);
    iota(label.begin(), label.end(), 0);
    int components = n;
    for (auto [u, v] : edges) {
        int a = label[u], b = label[v];
        if (a == b) continue;
        for (int w = 1; w <= n; ++w)
            if (label[w] == a) label[w] = b;
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
