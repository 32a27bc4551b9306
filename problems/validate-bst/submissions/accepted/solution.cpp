// Validate a BST: an in-order traversal (explicit stack) must give strictly increasing values.
// The first value is compared with nothing, so no sentinel is needed. O(n) time and memory.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) cin >> val[i] >> L[i] >> R[i];
    bool ok = true, havePrev = false;
    long long prev = 0;
    vector<int> stack;
    int u = n > 0 ? 1 : 0;
    while (ok && (u || !stack.empty())) {
        while (u) {
            stack.push_back(u);
            u = L[u];
        }
        u = stack.back();
        stack.pop_back();
        if (havePrev && val[u] <= prev) ok = false;
        prev = val[u];
        havePrev = true;
        u = R[u];
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
