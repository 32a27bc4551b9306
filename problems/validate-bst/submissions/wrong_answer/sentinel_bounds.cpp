// WA: the usual bounds check, started with LLONG_MIN and LLONG_MAX as if they were open
// infinities (lo < value < hi). A node whose value is exactly -2^63 or 2^63 - 1 is then
// rejected although the tree is valid. Passes the samples.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i)
        if (scanf("%lld %d %d", &val[i], &L[i], &R[i]) != 3) return 0;
    bool ok = true;
    struct Item { int u; long long lo, hi; };
    vector<Item> stack;
    if (n) stack.push_back({1, LLONG_MIN, LLONG_MAX});
    while (!stack.empty() && ok) {
        Item it = stack.back();
        stack.pop_back();
        long long x = val[it.u];
        if (!(it.lo < x && x < it.hi)) {
            ok = false;
            break;
        }
        if (L[it.u]) stack.push_back({L[it.u], it.lo, x});
        if (R[it.u]) stack.push_back({R[it.u], x, it.hi});
    }
    puts(ok ? "true" : "false");
    return 0;
}
