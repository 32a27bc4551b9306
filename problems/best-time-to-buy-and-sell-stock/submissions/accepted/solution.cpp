// One pass: best profit selling today = price - cheapest price before today. O(n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    long long best = 0, lowest = LLONG_MAX;
    for (int i = 0; i < n; i++) {
        long long p;
        cin >> p;
        if (lowest != LLONG_MAX) best = max(best, p - lowest);
        lowest = min(lowest, p);
    }
    cout << best << "\n";
    return 0;
}
