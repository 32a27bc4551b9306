#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {l, r}, the closed interval that arrives i-th.
// Return counts, where counts[i] is the number of disjoint intervals in the union of
// intervals[0..i] (overlapping or touching intervals merge).
vector<int> countAfterEach(vector<vector<int>>& intervals) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<vector<int>> intervals(n, vector<int>(2));
    for (auto& iv : intervals) cin >> iv[0] >> iv[1];
    vector<int> counts = countAfterEach(intervals);
    string out;
    for (int c : counts) out += to_string(c) + "\n";
    cout << out;
    return 0;
}
