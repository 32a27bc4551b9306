// WRONG: guard "n <= 1 -> n rooms", then sorts by start time and opens a new room whenever a
// meeting starts before the PREVIOUS meeting (in start order) ends. That counts overlapping
// neighbours, not meetings running at the same moment: [1,5) [4,6) [5,10) needs 2 rooms, not 3.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n = 0;
    scanf("%d", &n);
    vector<pair<long long, long long>> m(n);
    for (auto& [s, e] : m) scanf("%lld %lld", &s, &e);
    if (n <= 1) { printf("%d\n", n); return 0; }
    sort(m.begin(), m.end());
    int rooms = 1;
    for (int i = 1; i < n; ++i)
        if (m[i].first < m[i - 1].second) ++rooms;  // bug: only the previous meeting is compared
    printf("%d\n", rooms);
}
