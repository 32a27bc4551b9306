// TLE: correct, but checks every node against every value of its two subtrees, walking each
// subtree again. O(n^2) on a path: about 2e10 visits for 200000 nodes.
#include <bits/stdc++.h>
using namespace std;

int n;
vector<long long> val;
vector<int> L, R;

// true if every value in the subtree of root is < x (less) or > x (!less)
bool allInside(int root, long long x, bool less) {
    vector<int> stack;
    if (root) stack.push_back(root);
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        if (less ? !(val[u] < x) : !(val[u] > x)) return false;
        if (L[u]) stack.push_back(L[u]);
        if (R[u]) stack.push_back(R[u]);
    }
    return true;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    val.assign(n + 1, 0);
    L.assign(n + 1, 0);
    R.assign(n + 1, 0);
    for (int i = 1; i <= n; ++i)
        if (scanf("%lld %d %d", &val[i], &L[i], &R[i]) != 3) return 0;
    bool ok = true;
    for (int i = 1; i <= n && ok; ++i)
        ok = allInside(L[i], val[i], true) && allInside(R[i], val[i], false);
    puts(ok ? "true" : "false");
    return 0;
}
