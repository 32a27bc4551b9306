// TLE: reuses the first stage's solution as a building block. The k trades live in k
// consecutive segments of days, and the best trade inside one segment is the first stage's
// one-pass scan. best[t][j] = the best profit with t trades in days [0, j):
//   best[t][j] = max over i <= j of best[t-1][i] + oneTrade(i .. j-1),
// where one scan from each start i yields oneTrade(i .. j) for every j. Correct, but
// O(n^2) per trade, O(k n^2) in total: 5 * 10^11 steps for n = 10^5 and k = 50.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
    vector<long long> p(n);
    for (auto& x : p) cin >> x;
    vector<long long> prev(n + 1, 0), cur(n + 1);
    for (int t = 1; t <= k; t++) {
        cur = prev;  // at most t - 1 trades is allowed too
        for (int i = 0; i < n; i++) {
            long long best = 0, lowest = LLONG_MAX;  // the first stage's scan over p[i..j]
            for (int j = i; j < n; j++) {
                if (lowest != LLONG_MAX) best = max(best, p[j] - lowest);
                lowest = min(lowest, p[j]);
                cur[j + 1] = max(cur[j + 1], prev[i] + best);
            }
        }
        for (int j = 1; j <= n; j++) cur[j] = max(cur[j], cur[j - 1]);
        swap(prev, cur);
    }
    cout << prev[n] << "\n";
    return 0;
}
