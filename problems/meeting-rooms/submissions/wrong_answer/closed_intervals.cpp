// WRONG ANSWER: off-by-one on the boundary. It treats meetings as closed intervals: a room
// whose meeting ends at time t is considered busy for a meeting starting at t (ends < start
// instead of ends <= start), so back-to-back meetings [1, 3), [3, 5) get two rooms.
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
        if (ends[j] < starts[i]) j++;
        else rooms++;
    }
    cout << rooms << "\n";
    return 0;
}
