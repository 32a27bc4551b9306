// Follow-up: the symbols are integers up to 2^31 - 1, so the last-seen table becomes a hash
// map value -> last index (it holds at most n entries). Same sliding window: O(n) expected
// time, O(min(n, alphabet)) space.
#include <bits/stdc++.h>
using namespace std;

static int longestDistinctRun(const vector<int>& a) {
    unordered_map<int, int> last;
    last.reserve(2 * a.size() + 1);
    int best = 0, left = 0;  // window a[left..right] has no repeated value
    for (int right = 0; right < (int)a.size(); ++right) {
        auto [it, fresh] = last.try_emplace(a[right], right);
        if (!fresh) {
            if (it->second >= left) left = it->second + 1;  // only move left forward
            it->second = right;
        }
        best = max(best, right - left + 1);
    }
    return best;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    cout << longestDistinctRun(a) << '\n';
}
