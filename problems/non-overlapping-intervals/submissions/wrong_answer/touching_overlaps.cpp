// WA: treats intervals that only touch ([1, 2) and [2, 3)) as overlapping: s > lastEnd
// instead of s >= lastEnd.
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    sort(intervals.begin(), intervals.end(),
         [](const pair<int, int>& a, const pair<int, int>& b) { return a.second < b.second; });
    int kept = 0;
    long long lastEnd = LLONG_MIN;
    for (const auto& [s, e] : intervals) {
        if (s > lastEnd) {
            ++kept;
            lastEnd = e;
        }
    }
    return (int)intervals.size() - kept;
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
