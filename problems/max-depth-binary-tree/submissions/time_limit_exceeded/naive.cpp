// TLE: correct, but for every node it walks up to the root to find that node's depth.
// That is O(n * height): about 2e10 steps when the tree is a path of 200000 nodes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> parent(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        long long v;
        int l, r;
        if (scanf("%lld %d %d", &v, &l, &r) != 3) return 0;
        if (l) parent[l] = i;
        if (r) parent[r] = i;
    }
    long long best = 0;
    for (int i = 1; i <= n; ++i) {
        long long d = 0;
        for (int u = i; u != 0; u = parent[u]) ++d;
        best = max(best, d);
    }
    printf("%lld\n", best);
    return 0;
}
