// WRONG ANSWER: forgets that not trading is allowed. best starts at "minus infinity" and
// is the best buy-then-sell difference, so falling prices give a negative answer (and
// n <= 1 prints LLONG_MIN) instead of 0.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<long long> p(n);
    for (auto &x : p) cin >> x;
    long long best = LLONG_MIN;
    long long lowest = n > 0 ? p[0] : 0;
    for (int j = 1; j < n; j++) {
        best = max(best, p[j] - lowest);
        lowest = min(lowest, p[j]);
    }
    cout << best << "\n";
    return 0;
}
