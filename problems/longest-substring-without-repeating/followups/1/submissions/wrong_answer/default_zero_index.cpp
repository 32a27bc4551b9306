// WA: the hash-map window written with operator[]: a value never seen reads as last index 0,
// which is a real index. At right = 0 the first value looks like a repeat of itself and
// pushes left to 1, so no window can ever start at index 0. Behind the guard "all values
// distinct -> n", it fails only when some value repeats and the longest window is a prefix.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    unordered_set<int> all(a.begin(), a.end());
    if ((int)all.size() == n) {  // the guard
        cout << n << '\n';
        return 0;
    }
    unordered_map<int, int> last;
    int best = 0, left = 0;
    for (int right = 0; right < n; ++right) {
        int& p = last[a[right]];  // BUG: 0 for a value never seen
        if (p >= left) left = p + 1;
        p = right;
        best = max(best, right - left + 1);
    }
    cout << best << '\n';
}
