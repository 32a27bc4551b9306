// WRONG: binary lifting with the guards "u == v -> u" and "either one is the root -> the
// root", but it skips lifting the deeper node to the other's depth and goes straight to the
// "jump both while their ancestors differ" loop. That only works when u and v are at the same
// depth; when one is a proper ancestor of the other (not the root), it answers too high.
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
    vector<int> order{1};
    up[1].fill(1);
    for (size_t i = 0; i < order.size(); ++i) {
        int u = order[i];
        for (int c : {L[u], R[u]}) {
            if (!c) continue;
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
        if (u == v) { cout << u << '\n'; continue; }
        if (u == 1 || v == 1) { cout << 1 << '\n'; continue; }
        // bug: no depth equalisation
        for (int k = LOG - 1; k >= 0; --k)
            if (up[u][k] != up[v][k]) {
                u = up[u][k];
                v = up[v][k];
            }
        cout << up[u][0] << '\n';
    }
}
