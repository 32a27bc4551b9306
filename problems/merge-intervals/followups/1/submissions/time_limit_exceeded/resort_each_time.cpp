// TLE: the first stage's accepted solution, run again after every arrival: sort everything
// seen so far and sweep. O(i log i) for the i-th arrival, O(n^2 log n) in total: about
// 3 * 10^11 basic steps for n = 200000.
#include <bits/stdc++.h>
using namespace std;

vector<pair<int, int>> mergeIntervals(vector<pair<int, int>> v) {
    sort(v.begin(), v.end());
    vector<pair<int, int>> out;
    for (auto [l, r] : v) {
        if (!out.empty() && l <= out.back().second)
            out.back().second = max(out.back().second, r);
        else
            out.push_back({l, r});
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<int, int>> seen;
    string out;
    for (int i = 0; i < n; i++) {
        int l, r;
        cin >> l >> r;
        seen.push_back({l, r});
        out += to_string(mergeIntervals(seen).size());
        out += '\n';
    }
    cout << out;
    return 0;
}
