// TOO SLOW: the textbook recursive LCA -- search both subtrees, return the node where u and v
// are found on different sides -- run from the root once per query. Correct, but each query
// walks the whole tree: 100000 queries on 200000 nodes is about 2 * 10^10 node visits.
#include <bits/stdc++.h>
using namespace std;

int n;
vector<int> L, R;

int lca(int node, int u, int v) {
    if (node == 0) return 0;
    if (node == u || node == v) return node;
    int a = lca(L[node], u, v);
    int b = lca(R[node], u, v);
    if (a && b) return node;
    return a ? a : b;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n;
    L.assign(n + 1, 0);
    R.assign(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long v;
        cin >> v >> L[i] >> R[i];
    }
    int q;
    cin >> q;
    while (q--) {
        int u, v;
        cin >> u >> v;
        cout << lca(1, u, v) << '\n';
    }
}
