// TLE: the first stage's "restart at every start" scan: from each i, extend to the right
// with a hash set until a value repeats. Correct, and fast while the alphabet is 95
// characters (no window is longer than 95), but O(n * answer) in general: with 10^6
// distinct values that is 5 * 10^11 set operations.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    int best = 0;
    unordered_set<int> seen;
    for (int i = 0; i < n; ++i) {
        seen.clear();
        int j = i;
        while (j < n && seen.insert(a[j]).second) ++j;
        best = max(best, j - i);
    }
    cout << best << '\n';
}
