// WA: only compares each node with its direct children (left < node < right). A value deep in
// the left subtree that is larger than an ancestor goes unnoticed. Passes the samples.
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
    for (int i = 1; i <= n; ++i) {
        if (L[i] && !(val[L[i]] < val[i])) ok = false;
        if (R[i] && !(val[R[i]] > val[i])) ok = false;
    }
    puts(ok ? "true" : "false");
    return 0;
}
