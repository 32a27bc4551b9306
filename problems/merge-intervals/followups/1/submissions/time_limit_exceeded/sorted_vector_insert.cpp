// TLE: keeps the merged intervals in a sorted vector; binary search finds the overlapping
// block, which is replaced by the union. Correct, and the search is O(log n), but inserting
// into or erasing from the middle of a vector shifts everything after it: O(n) per arrival.
// With 200000 disjoint intervals arriving right to left, that is 2 * 10^10 element moves.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<int, int>> v;  // sorted, pairwise disjoint
    string out;
    for (int i = 0; i < n; i++) {
        int l, r;
        cin >> l >> r;
        auto lo = lower_bound(v.begin(), v.end(), l,
                              [](const pair<int, int>& a, int x) { return a.second < x; });
        auto hi = lo;
        while (hi != v.end() && hi->first <= r) {
            l = min(l, hi->first);
            r = max(r, hi->second);
            ++hi;
        }
        if (lo == hi) {
            v.insert(lo, {l, r});
        } else {
            *lo = {l, r};
            v.erase(lo + 1, hi);
        }
        out += to_string(v.size());
        out += '\n';
    }
    cout << out;
    return 0;
}
