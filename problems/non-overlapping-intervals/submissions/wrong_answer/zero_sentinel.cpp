// WA: starts the greedy with lastEnd = 0, as if no interval could start before time 0. An
// interval with a negative start is then dropped for nothing. The empty guard does not help.
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    if (intervals.size() <= 1) return 0;
    sort(intervals.begin(), intervals.end(),
         [](const pair<int, int>& a, const pair<int, int>& b) { return a.second < b.second; });
    int kept = 0;
    int lastEnd = 0;  // Bug: should be "nothing kept yet" (-infinity)
    for (const auto& [s, e] : intervals) {
        if (s >= lastEnd) {
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
