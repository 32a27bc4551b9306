// WA: assumes every edge joins two components, so the answer is n - m (kept at least 1).
// Right for forests, wrong as soon as an edge is redundant: a cycle, a repeated edge or a
// self-loop.
#include <bits/stdc++.h>
using namespace std;

int countComponents(int n, const vector<pair<int, int>>& edges) {
    return max(1, n - (int)edges.size());
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
