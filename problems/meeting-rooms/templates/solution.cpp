#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {s, e}: a meeting occupying the half-open interval [s, e).
// Return the minimum number of rooms needed to hold all meetings.
int minMeetingRooms(vector<vector<int>>& intervals) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<vector<int>> intervals(n, vector<int>(2));
    for (auto& iv : intervals) cin >> iv[0] >> iv[1];
    cout << minMeetingRooms(intervals) << "\n";
    return 0;
}
