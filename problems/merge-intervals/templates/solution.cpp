#include <bits/stdc++.h>
using namespace std;

// intervals[i] = {l, r}, a closed interval, in any order.
// Return the merged intervals (overlapping or touching ones combined), sorted by l.
vector<vector<int>> merge(vector<vector<int>>& intervals) {
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
    vector<vector<int>> result = merge(intervals);
    string out = to_string(result.size()) + "\n";
    for (auto& iv : result) out += to_string(iv[0]) + " " + to_string(iv[1]) + "\n";
    cout << out;
    return 0;
}
