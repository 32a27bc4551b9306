// TOO SLOW: rebuilds the tree by inserting the values into an empty BST in breadth-first order
// (parents before children) and checks that every value lands exactly where it is in the
// input. Correct -- a valid BST is reproduced, anything else is not -- but each insertion walks
// down from the root: O(n * height), about 2 * 10^10 steps on a path of 200000 nodes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) scanf("%lld %d %d", &val[i], &L[i], &R[i]);
    if (n == 0) { puts("true"); return 0; }
    vector<int> order{1};
    for (size_t i = 0; i < order.size(); ++i) {
        if (L[order[i]]) order.push_back(L[order[i]]);
        if (R[order[i]]) order.push_back(R[order[i]]);
    }
    vector<int> nl(n + 1, 0), nr(n + 1, 0);  // the rebuilt tree
    bool ok = true;
    for (size_t i = 1; i < order.size() && ok; ++i) {
        int v = order[i], u = 1;
        while (true) {
            if (val[v] == val[u]) { ok = false; break; }
            int& next = val[v] < val[u] ? nl[u] : nr[u];
            if (!next) { next = v; break; }
            u = next;
        }
    }
    for (int i = 1; i <= n && ok; ++i) ok = nl[i] == L[i] && nr[i] == R[i];
    puts(ok ? "true" : "false");
}
