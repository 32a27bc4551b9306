// TLE: tries the speeds 1, 2, 3, ... until one is fast enough. Correct, but
// O(n * answer): with h = n, piles of 1 and one pile of 10^9 at the end, the answer is 10^9
// and every check scans the whole array, about 10^14 steps.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long h;
    cin >> n >> h;
    vector<long long> piles(n);
    for (auto& p : piles) cin >> p;
    for (long long k = 1;; k++) {
        long long hours = 0;
        for (long long p : piles) {
            hours += (p + k - 1) / k;
            if (hours > h) break;
        }
        if (hours <= h) {
            cout << k << "\n";
            return 0;
        }
    }
}
