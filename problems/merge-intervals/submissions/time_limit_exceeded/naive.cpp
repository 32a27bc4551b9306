// TLE: repeatedly merges any two overlapping intervals until no pair overlaps. Correct, but
// O(n^2) per pass: with n = 200000 disjoint intervals a single pass already compares
// 2 * 10^10 pairs.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> v(n);
    for (auto& [l, r] : v) cin >> l >> r;
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < v.size(); i++) {
            for (size_t j = i + 1; j < v.size(); j++) {
                if (v[j].first <= v[i].second && v[i].first <= v[j].second) {
                    v[i].first = min(v[i].first, v[j].first);
                    v[i].second = max(v[i].second, v[j].second);
                    v[j] = v.back();
                    v.pop_back();
                    changed = true;
                    j = i;  // the grown interval may now overlap earlier ones: rescan
                }
            }
        }
    }
    sort(v.begin(), v.end());
    cout << v.size() << "\n";
    for (auto& [l, r] : v) cout << l << " " << r << "\n";
    return 0;
}
