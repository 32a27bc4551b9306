// WRONG: guards "n <= 2 -> the depth is n", then a breadth-first search that counts the edges
// on the longest path (levels - 1) instead of the nodes. The guard answers the empty tree, the
// single node and the two-node trees; any tree with three or more levels comes out one short.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) {
        long long v;
        if (scanf("%lld %d %d", &v, &L[i], &R[i]) != 3) return 0;
    }
    if (n <= 2) {
        printf("%d\n", n);
        return 0;
    }
    vector<int> level{1}, next;
    int edges = -1;
    while (!level.empty()) {
        ++edges;
        next.clear();
        for (int u : level) {
            if (L[u]) next.push_back(L[u]);
            if (R[u]) next.push_back(R[u]);
        }
        swap(level, next);
    }
    printf("%d\n", edges);  // bug: the depth counts nodes, not edges
}
