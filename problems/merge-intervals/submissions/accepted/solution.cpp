// Sort by left end, then one sweep that extends or closes the current interval.
// O(n log n).
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
    vector<pair<int, int>> v(n);
    for (auto& [l, r] : v) cin >> l >> r;
    auto out = mergeIntervals(v);
    string s = to_string(out.size()) + "\n";
    for (auto [l, r] : out) {
        s += to_string(l);
        s += ' ';
        s += to_string(r);
        s += '\n';
    }
    cout << s;
    return 0;
}
