// Bottom-up DP: best[a] = fewest coins that make a, from best[a - c] + 1 over the coins c.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    const int kUnreachable = INT_MAX;  // never incremented: checked before use
    vector<int> best(amount + 1, kUnreachable);
    best[0] = 0;
    for (long long c : coins) {
        if (c > amount) continue;  // also keeps a + c from overflowing below
        for (long long a = c; a <= amount; ++a) {
            if (best[a - c] != kUnreachable && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
        }
    }
    cout << (best[amount] == kUnreachable ? -1 : best[amount]) << '\n';
}
