// The same sliding window with a balanced tree (std::map) as the last-seen table: O(n log n).
// Slower than the hash map by a constant factor (every lookup walks ~20 tree nodes, missing
// the cache), but well inside the limit: the time limit is set so that it passes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    map<int, int> last;
    int best = 0, left = 0;
    for (int right = 0; right < n; ++right) {
        auto [it, fresh] = last.try_emplace(a[right], right);
        if (!fresh) {
            if (it->second >= left) left = it->second + 1;
            it->second = right;
        }
        best = max(best, right - left + 1);
    }
    cout << best << '\n';
}
