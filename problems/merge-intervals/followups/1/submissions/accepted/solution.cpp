// Follow-up: keep the merged intervals in an ordered map start -> end. A new interval [l, r]
// absorbs the stored interval that starts at or before l if it reaches l, then every stored
// interval that starts in (l, r]; they are erased and the union is inserted. Each interval is
// inserted once and erased at most once: O(log n) amortized per arrival, O(n log n) in total.
#include <bits/stdc++.h>
using namespace std;

vector<int> countAfterEach(const vector<pair<int, int>>& arrivals) {
    map<int, int> merged;  // start -> end, pairwise disjoint, not touching
    vector<int> counts;
    counts.reserve(arrivals.size());
    for (auto [l, r] : arrivals) {
        auto it = merged.upper_bound(l);  // first interval starting after l
        if (it != merged.begin()) {
            auto p = prev(it);  // the last interval starting at or before l
            if (p->second >= l) it = p;  // it reaches l (touching counts): absorb it too
        }
        while (it != merged.end() && it->first <= r) {
            l = min(l, it->first);
            r = max(r, it->second);
            it = merged.erase(it);
        }
        merged.emplace(l, r);
        counts.push_back((int)merged.size());
    }
    return counts;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<int, int>> v(n);
    for (auto& [l, r] : v) cin >> l >> r;
    string out;
    for (int c : countAfterEach(v)) {
        out += to_string(c);
        out += '\n';
    }
    cout << out;
    return 0;
}
