// WRONG: cheap guards first (amount 0 -> 0, a single coin -> amount must be a multiple of it,
// a coin equal to the amount -> 1), then a DP that runs the amounts DOWNWARD for each coin, as
// in 0/1 knapsack: every coin value can be used at most once (or as often as it is listed).
// The guards answer every one-coin test; it fails as soon as a coin must be reused, e.g.
// coins 3 5 and amount 9 (3+3+3).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    if (amount == 0) { cout << 0 << '\n'; return 0; }
    if (n == 1) { cout << (amount % coins[0] == 0 ? amount / coins[0] : -1) << '\n'; return 0; }
    for (long long c : coins)
        if (c == amount) { cout << 1 << '\n'; return 0; }
    const int INF = INT_MAX / 2;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (long long c : coins) {
        if (c > amount) continue;
        for (long long a = amount; a >= c; --a)  // bug: downward, so coin c is used at most once
            best[a] = min(best[a], best[a - c] + 1);
    }
    cout << (best[amount] >= INF ? -1 : best[amount]) << '\n';
}
