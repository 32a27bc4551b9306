// WRONG: greedy, always takes as many of the largest coin as fit. Right for coin systems
// such as 1 2 5 10, but not in general: with 1 3 4 and amount 6 it pays 4+1+1 (3 coins)
// instead of 3+3 (2 coins), and with 3 5 and amount 9 it gets stuck and prints -1.
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
    sort(coins.rbegin(), coins.rend());
    long long used = 0;
    for (long long c : coins) {
        used += amount / c;
        amount %= c;
    }
    cout << (amount == 0 ? used : -1) << '\n';
}
