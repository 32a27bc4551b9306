#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e} is the half-open interval [s, e). Return the minimum number of
// intervals to remove so that no two of the remaining ones overlap (touching is fine).
int eraseOverlapIntervals(vector<pair<int, int>>& intervals) {
    // TODO: your code here
    return -1;
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
