// Accepted: sort by start; on an overlap drop the interval that ends later (keep the smaller
// end). Equivalent to the end-sorted greedy. O(n log n).
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    if (intervals.empty()) return 0;
    sort(intervals.begin(), intervals.end());
    int removed = 0;
    int lastEnd = intervals[0].second;
    for (size_t i = 1; i < intervals.size(); ++i) {
        auto [s, e] = intervals[i];
        if (s < lastEnd) {
            ++removed;
            lastEnd = min(lastEnd, e);  // keep whichever of the two ends first
        } else {
            lastEnd = e;
        }
    }
    return removed;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<int, int>> intervals(n);
    for (auto& [s, e] : intervals) cin >> s >> e;
    cout << eraseOverlapIntervals(intervals) << '\n';
    return 0;
}
