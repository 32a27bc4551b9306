// TLE: for every meeting, counts the meetings in progress at its start time. Correct (the
// number of busy rooms only goes up at start times), but O(n^2): 4 * 10^10 checks for
// n = 200000.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> s(n), e(n);
    for (int i = 0; i < n; i++) cin >> s[i] >> e[i];
    int best = 0;
    for (int i = 0; i < n; i++) {
        int t = s[i], busy = 0;
        for (int j = 0; j < n; j++)
            if (s[j] <= t && t < e[j]) busy++;
        best = max(best, busy);
    }
    cout << best << "\n";
    return 0;
}
