// WRONG: marks unreachable amounts with the sentinel `amount` instead of `amount + 1`, and
// guards the one-coin case separately. An answer that really needs `amount` coins (only coins
// of value 1 fit) then looks unreachable and prints -1. The one-coin guard answers "1 coin of
// value 1"; coins 9 and 1 with amount 8 (answer 8) are not covered by it.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    if (n == 1) { cout << (amount % coins[0] == 0 ? amount / coins[0] : -1) << '\n'; return 0; }
    const long long unreachable = amount;  // bug: a real answer can be equal to amount
    vector<long long> best(amount + 1, unreachable);
    best[0] = 0;
    for (long long a = 1; a <= amount; ++a)
        for (long long c : coins)
            if (c <= a) best[a] = min(best[a], best[a - c] + 1);
    cout << (best[amount] >= unreachable && amount > 0 ? -1 : best[amount]) << '\n';
}
