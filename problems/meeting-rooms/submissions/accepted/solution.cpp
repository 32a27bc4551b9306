// Sort the start times and the end times separately and sweep: each start either reuses a
// room freed by the earliest unused end time (end <= start) or opens a new room.
// O(n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> starts(n), ends(n);
    for (int i = 0; i < n; i++) cin >> starts[i] >> ends[i];
    sort(starts.begin(), starts.end());
    sort(ends.begin(), ends.end());
    int rooms = 0, j = 0;
    for (int i = 0; i < n; i++) {
        if (ends[j] <= starts[i]) j++;   // a meeting ended by now: reuse its room
        else rooms++;                    // every room is busy: open a new one
    }
    cout << rooms << "\n";
    return 0;
}
