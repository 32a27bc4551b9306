// WA: the ordered-map solution that only looks at stored intervals starting inside [l, r]
// (lower_bound(l)). It misses the interval that starts before l and reaches l or beyond:
// [1, 100] then [50, 60] must stay one interval, and [1, 10] then [5, 20] must merge.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    map<int, int> merged;
    string out;
    for (int i = 0; i < n; i++) {
        int l, r;
        cin >> l >> r;
        auto it = merged.lower_bound(l);  // BUG: no look at prev(it)
        while (it != merged.end() && it->first <= r) {
            r = max(r, it->second);
            it = merged.erase(it);
        }
        merged.emplace(l, r);
        out += to_string(merged.size());
        out += '\n';
    }
    cout << out;
    return 0;
}
