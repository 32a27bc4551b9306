// WA: sorts by start and keeps the first of two overlapping intervals. A long interval that
// starts first blocks many short ones: [1, 100), [2, 3), [4, 5) removes 2 instead of 1.
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    sort(intervals.begin(), intervals.end());
    int removed = 0;
    long long lastEnd = LLONG_MIN;
    for (const auto& [s, e] : intervals) {
        if (s < lastEnd) {
            ++removed;  // Bug: should keep whichever of the two ends first
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
