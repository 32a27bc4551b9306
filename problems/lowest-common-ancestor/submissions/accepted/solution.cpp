// Lowest common ancestor by binary lifting. O(n log n) preprocessing, O(log n) per query.
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
    const int LOG = 18;   // 2^18 = 262144 > 200000, the largest possible depth difference
    vector<array<int, LOG>> up(n + 1);
    vector<int> depth(n + 1, 0), order{1};
    order.reserve(n);
    up[1].fill(1);   // the root is its own ancestor: jumps past it stop there
    for (size_t i = 0; i < order.size(); ++i) {   // breadth-first: parents before children
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
    string out;
    out.reserve(q * 7);
    while (q--) {
        int u, v;
        cin >> u >> v;
        if (depth[u] < depth[v]) swap(u, v);
        int diff = depth[u] - depth[v];
        for (int k = 0; k < LOG; ++k)
            if (diff >> k & 1) u = up[u][k];
        if (u != v) {
            for (int k = LOG - 1; k >= 0; --k)
                if (up[u][k] != up[v][k]) {
                    u = up[u][k];
                    v = up[v][k];
                }
            u = up[u][0];
        }
        out += to_string(u);
        out += '\n';
    }
    cout << out;
    return 0;
}
