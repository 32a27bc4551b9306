// WA: the first stage's solution as it is, ignoring k: the best single trade. Right when
// k = 1, short of the answer as soon as two trades earn more than one.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
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
