// TLE: correct, but every query climbs parent pointers one step at a time (first the deeper
// node up to the same depth, then both together). O(n) per query: about 2e10 steps for
// 100000 queries between the far ends of two arms of 100000 nodes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> L(n + 1), R(n + 1), parent(n + 1, 0), depth(n + 1, 0), order{1};
    for (int i = 1; i <= n; ++i) {
        long long v;
        if (scanf("%lld %d %d", &v, &L[i], &R[i]) != 3) return 0;
    }
    for (size_t i = 0; i < order.size(); ++i) {
        int u = order[i];
        for (int c : {L[u], R[u]})
            if (c) {
                parent[c] = u;
                depth[c] = depth[u] + 1;
                order.push_back(c);
            }
    }
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 0;
        while (depth[u] > depth[v]) u = parent[u];
        while (depth[v] > depth[u]) v = parent[v];
        while (u != v) {
            u = parent[u];
            v = parent[v];
        }
        printf("%d\n", u);
    }
    return 0;
}
