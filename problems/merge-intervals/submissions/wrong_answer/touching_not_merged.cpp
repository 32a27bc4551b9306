// WRONG ANSWER: uses l < end instead of l <= end, so intervals that only touch
// ([1, 3] and [3, 5]) are not merged.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<int, int>> v(n);
    for (auto& [l, r] : v) cin >> l >> r;
    sort(v.begin(), v.end());
    vector<pair<int, int>> out;
    for (auto [l, r] : v) {
        if (!out.empty() && l < out.back().second)
            out.back().second = max(out.back().second, r);
        else
            out.push_back({l, r});
    }
    cout << out.size() << "\n";
    for (auto [l, r] : out) cout << l << " " << r << "\n";
    return 0;
}
