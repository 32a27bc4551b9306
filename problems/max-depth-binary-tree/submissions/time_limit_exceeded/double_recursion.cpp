// TOO SLOW: recursive height that calls itself again for the taller side instead of keeping
// the value: `return height(l) > height(r) ? height(l) + 1 : height(r) + 1`. Correct, but each
// node is visited up to three times per visit of its parent, so the work grows exponentially
// with the depth (3^17 calls on a complete tree of 17 levels, hopeless at depth 40).
#include <bits/stdc++.h>
using namespace std;

vector<int> L, R;

long long height(int u) {
    if (u == 0) return 0;
    return height(L[u]) > height(R[u]) ? height(L[u]) + 1 : height(R[u]) + 1;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    L.assign(n + 1, 0);
    R.assign(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long v;
        if (scanf("%lld %d %d", &v, &L[i], &R[i]) != 3) return 0;
    }
    printf("%lld\n", n ? height(1) : 0LL);
}
