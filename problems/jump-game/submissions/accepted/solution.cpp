// Greedy scan: keep the furthest reachable index. O(n) time, O(1) extra space.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    long long far = 0;
    bool ok = false;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        if (i > far) break;              // stone i cannot be reached
        far = max(far, i + x);
        if (far >= n - 1) { ok = true; break; }
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
