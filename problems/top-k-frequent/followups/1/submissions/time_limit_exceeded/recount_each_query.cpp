// TLE: the first stage's solution run at every query. The counts are kept up to date in a
// hash map (O(1) per play), but each query copies all d distinct values and selects the k
// best with nth_element: O(d) per query. With about 10^5 queries over 5 * 10^4 distinct
// values that is some 5 * 10^9 steps.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k, q;
    cin >> k >> q;
    unordered_map<long long, int> count;
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "add") {
            long long x;
            cin >> x;
            ++count[x];
            continue;
        }
        vector<pair<int, long long>> items;  // (-count, value): smallest first = most played
        items.reserve(count.size());
        for (auto& [v, c] : count) items.push_back({-c, v});
        int m = min<int>(k, items.size());
        nth_element(items.begin(), items.begin() + (m - 1), items.end());
        for (int j = 0; j < m; ++j) {
            if (j) out += ' ';
            out += to_string(items[j].second);
        }
        out += '\n';
    }
    cout << out;
    return 0;
}
