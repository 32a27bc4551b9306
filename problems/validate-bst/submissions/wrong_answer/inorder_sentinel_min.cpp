// WRONG: in-order traversal that starts "prev" at LLONG_MIN and rejects any value <= prev. A
// node holding exactly -2^63 is then compared with the sentinel and rejected although the tree
// is valid. Missed edge case: the smallest 64-bit value.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) scanf("%lld %d %d", &val[i], &L[i], &R[i]);
    bool ok = true;
    long long prev = LLONG_MIN;  // bug: a real value can be LLONG_MIN
    vector<int> st;
    int u = n ? 1 : 0;
    while (ok && (u || !st.empty())) {
        while (u) { st.push_back(u); u = L[u]; }
        u = st.back();
        st.pop_back();
        if (val[u] <= prev) ok = false;
        prev = val[u];
        u = R[u];
    }
    puts(ok ? "true" : "false");
}
