// TOO SLOW: top-down recursion with a memo table, but the table uses -1 both for "not computed
// yet" and for "impossible". Impossible sub-amounts are never remembered and are solved again
// on every visit, so when much of the range is unreachable (only even coins, odd amount) the
// recursion is exponential again.
#include <bits/stdc++.h>
using namespace std;

vector<long long> coins;
vector<int> memo;  // -1 = unknown ... and also -1 = impossible (the bug)

int fewest(int a) {
    if (a == 0) return 0;
    if (memo[a] != -1) return memo[a];
    int best = -1;
    for (long long c : coins) {
        if (c > a) continue;
        int sub = fewest(a - (int)c);
        if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
    }
    return memo[a] = best;
}

int main() {
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    coins.resize(n);
    for (auto& c : coins) cin >> c;
    memo.assign(amount + 1, -1);
    cout << fewest((int)amount) << '\n';
}
