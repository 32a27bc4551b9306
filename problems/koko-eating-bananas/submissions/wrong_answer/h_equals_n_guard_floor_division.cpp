// WRONG: cheap guards (one pile -> ceil(pile / h); h = n -> the largest pile), then a binary
// search whose hour count uses floor division p / k instead of rounding up. The guards answer
// every one-pile and h = n test; with four piles of 5 and h = 7 it finds speed 3 (really 8
// hours) instead of 5.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, h;
    cin >> n >> h;
    vector<long long> p(n);
    for (auto& x : p) cin >> x;
    if (n == 1) { cout << (p[0] + h - 1) / h << '\n'; return 0; }
    if (h == n) { cout << *max_element(p.begin(), p.end()) << '\n'; return 0; }
    long long lo = 1, hi = *max_element(p.begin(), p.end());
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2, hours = 0;
        for (long long x : p) hours += max(1LL, x / mid);  // bug: should round up
        if (hours <= h) hi = mid;
        else lo = mid + 1;
    }
    cout << lo << '\n';
}
