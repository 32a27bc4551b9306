// WRONG: cheap guards (at most one node -> true; two nodes -> compare the child with the root,
// strictly), then an in-order traversal that only rejects a value SMALLER than the previous
// one: equal neighbours pass, so a repeated value is accepted. The two-node guard answers
// "right child equal to its parent"; a repeated value in a bigger tree gets through.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) scanf("%lld %d %d", &val[i], &L[i], &R[i]);
    if (n <= 1) { puts("true"); return 0; }
    if (n == 2) {
        bool ok = L[1] ? val[L[1]] < val[1] : val[R[1]] > val[1];
        puts(ok ? "true" : "false");
        return 0;
    }
    bool ok = true, have = false;
    long long prev = 0;
    vector<int> st;
    int u = 1;
    while (ok && (u || !st.empty())) {
        while (u) { st.push_back(u); u = L[u]; }
        u = st.back();
        st.pop_back();
        if (have && val[u] < prev) ok = false;  // bug: should be <=
        prev = val[u];
        have = true;
        u = R[u];
    }
    puts(ok ? "true" : "false");
}
