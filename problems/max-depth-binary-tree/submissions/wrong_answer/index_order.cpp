// WA: fills depth[] in index order, assuming every parent has a smaller index than its
// children. When a child comes first, its depth is read before it is known.
// Passes the samples (listed in breadth-first order), fails on shuffled indices.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> L(n + 1), R(n + 1), depth(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long v;
        if (scanf("%lld %d %d", &v, &L[i], &R[i]) != 3) return 0;
    }
    if (n == 0) {
        puts("0");
        return 0;
    }
    depth[1] = 1;
    int best = 0;
    for (int i = 1; i <= n; ++i) {
        best = max(best, depth[i]);
        if (L[i]) depth[L[i]] = depth[i] + 1;
        if (R[i]) depth[R[i]] = depth[i] + 1;
    }
    printf("%d\n", best);
    return 0;
}
