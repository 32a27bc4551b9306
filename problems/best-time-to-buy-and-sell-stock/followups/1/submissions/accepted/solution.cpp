// At most k transactions: for t = 1..k keep
//   buy[t]  = best cash after buying the share of the t-th transaction (still holding it),
//   sell[t] = best cash after selling in the t-th transaction,
// and update them day by day: buy[t] = max(buy[t], sell[t-1] - p), sell[t] = max(sell[t],
// buy[t] + p). O(n k) time, O(k) space. With k >= n/2 every rise can be its own trade.
#include <bits/stdc++.h>
using namespace std;

long long maxProfit(int k, const vector<long long>& prices) {
    int n = prices.size();
    if (n < 2 || k == 0) return 0;
    if (k >= n / 2) {  // no limit in effect: take every rise
        long long total = 0;
        for (int i = 1; i < n; i++) total += max(0LL, prices[i] - prices[i - 1]);
        return total;
    }
    vector<long long> buy(k + 1, LLONG_MIN / 2), sell(k + 1, 0);
    for (long long p : prices) {
        for (int t = 1; t <= k; t++) {
            buy[t] = max(buy[t], sell[t - 1] - p);
            sell[t] = max(sell[t], buy[t] + p);
        }
    }
    return sell[k];
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
    vector<long long> prices(n);
    for (auto& p : prices) cin >> p;
    cout << maxProfit(k, prices) << "\n";
    return 0;
}
