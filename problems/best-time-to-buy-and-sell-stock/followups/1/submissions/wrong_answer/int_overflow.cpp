// WA: the right O(n k) DP, in 32-bit ints. One trade earns at most 10^9, which fits, but k
// trades can earn up to 5 * 10^10: the sum wraps around.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
    vector<int> p(n);
    for (auto& x : p) cin >> x;
    vector<int> buy(k + 1, INT_MIN / 2), sell(k + 1, 0);
    for (int x : p) {
        for (int t = 1; t <= k; t++) {
            buy[t] = max(buy[t], sell[t - 1] - x);
            sell[t] = max(sell[t], buy[t] + x);
        }
    }
    cout << sell[k] << "\n";
    return 0;
}
