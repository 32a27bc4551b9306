// WRONG: an iterative DFS that always starts from node 1 at depth 1, without looking at n
// first. For the empty tree (n = 0) it still "visits" node 1 and prints 1 instead of 0.
// Missed edge case: the empty tree.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> L(n + 2, 0), R(n + 2, 0);  // one spare slot, so node 1 exists even when n = 0
    for (int i = 1; i <= n; ++i) {
        long long v;
        if (scanf("%lld %d %d", &v, &L[i], &R[i]) != 3) return 0;
    }
    int best = 0;
    vector<pair<int, int>> st = {{1, 1}};
    while (!st.empty()) {
        auto [u, d] = st.back();
        st.pop_back();
        best = max(best, d);
        if (L[u]) st.push_back({L[u], d + 1});
        if (R[u]) st.push_back({R[u], d + 1});
    }
    printf("%d\n", best);
}
