// WA: a greedy that keeps the shortest intervals first (each one if it overlaps nothing kept so
// far). Short is not the same as early-ending: [0, 10), [9, 12), [11, 20) keeps only [9, 12).
#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    vector<pair<int, int>> order = intervals;
    sort(order.begin(), order.end(), [](const pair<int, int>& a, const pair<int, int>& b) {
        return (long long)a.second - a.first < (long long)b.second - b.first;
    });
    map<int, int> kept;  // start -> end of the kept intervals, which do not overlap
    for (const auto& [s, e] : order) {
        auto next = kept.lower_bound(s);  // first kept interval starting at or after s
        if (next != kept.end() && next->first < e) continue;
        if (next != kept.begin() && prev(next)->second > s) continue;
        kept[s] = e;
    }
    return (int)intervals.size() - (int)kept.size();
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
