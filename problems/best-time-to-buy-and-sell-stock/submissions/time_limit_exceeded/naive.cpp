// TLE: tries every (buy, sell) pair. Correct, but O(n^2): about 1.25 * 10^11 pairs for
// n = 500000.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<long long> p(n);
    for (auto &x : p) cin >> x;
    long long best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            best = max(best, p[j] - p[i]);
    cout << best << "\n";
    return 0;
}
