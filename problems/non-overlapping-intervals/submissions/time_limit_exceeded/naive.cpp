// TLE: dynamic programming over the intervals sorted by end: best[i] = the most intervals that
// can be kept ending with interval i, trying every earlier one. Correct but O(n^2):
// 2e10 steps for n = 200000.
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    int n = intervals.size();
    if (n == 0) return 0;
    sort(intervals.begin(), intervals.end(),
         [](const pair<int, int>& a, const pair<int, int>& b) { return a.second < b.second; });
    vector<int> best(n, 1);
    int most = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j) {
            if (intervals[j].second <= intervals[i].first) best[i] = max(best[i], best[j] + 1);
        }
        most = max(most, best[i]);
    }
    return n - most;
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
