// WRONG: binary lifting that lifts the deeper node to the other's depth but then forgets to
// check whether the two are already the same node. It always takes one more step up, so when
// u = v, or one is an ancestor of the other, it prints that node's parent. Missed edge case:
// a query of a node with itself (or with its own ancestor).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) {
        long long v;
        cin >> v >> L[i] >> R[i];
    }
    const int LOG = 18;
    vector<array<int, LOG>> up(n + 1);
    vector<int> depth(n + 1, 0), order{1};
    up[1].fill(1);
    for (size_t i = 0; i < order.size(); ++i) {
        int u = order[i];
        for (int c : {L[u], R[u]}) {
            if (!c) continue;
            depth[c] = depth[u] + 1;
            up[c][0] = u;
            for (int k = 1; k < LOG; ++k) up[c][k] = up[up[c][k - 1]][k - 1];
            order.push_back(c);
        }
    }
    int q;
    cin >> q;
    while (q--) {
        int u, v;
        cin >> u >> v;
        if (depth[u] < depth[v]) swap(u, v);
        int diff = depth[u] - depth[v];
        for (int k = 0; k < LOG; ++k)
            if (diff >> k & 1) u = up[u][k];
        for (int k = LOG - 1; k >= 0; --k)  // bug: no "if (u == v) answer u" before this
            if (up[u][k] != up[v][k]) {
                u = up[u][k];
                v = up[v][k];
            }
        cout << up[u][0] << '\n';
    }
}
