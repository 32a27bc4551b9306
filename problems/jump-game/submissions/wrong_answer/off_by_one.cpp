// WRONG ANSWER: off-by-one on the target. It checks far >= n instead of far >= n - 1, so
// it answers false whenever the last stone can be reached but not jumped past (for example
// [1, 1, 1, 0], or n = 1 with a[0] = 0).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    long long far = 0;
    bool ok = false;
    for (int i = 0; i < n; i++) {
        if (i > far) break;
        far = max(far, i + a[i]);
        if (far >= n) { ok = true; break; }
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
