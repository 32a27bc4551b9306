// WRONG: cheap guards (fewer than three values -> 0; all values zero -> the single triplet
// 0 0 0), then sort + two pointers with 64-bit sums, but duplicates of the first value are
// skipped by looking AHEAD (skip a[i] when a[i] == a[i + 1]). That keeps only the last copy
// as the first element, so a triplet that needs that value twice (-1 -1 2, or 0 0 0 among
// other values) is lost. The all-zero guard hides it on "0 0 0" and "ten zeros".
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    if (n < 3) { cout << 0 << '\n'; return 0; }
    if (all_of(a.begin(), a.end(), [](long long x) { return x == 0; })) {
        cout << "1\n0 0 0\n";
        return 0;
    }
    sort(a.begin(), a.end());
    vector<array<long long, 3>> res;
    for (int i = 0; i + 2 < n; ++i) {
        if (i + 1 < n && a[i] == a[i + 1]) continue;  // bug: should compare with a[i - 1]
        int l = i + 1, r = n - 1;
        while (l < r) {
            long long s = a[i] + a[l] + a[r];
            if (s < 0) ++l;
            else if (s > 0) --r;
            else {
                res.push_back({a[i], a[l], a[r]});
                long long b = a[l], c = a[r];
                while (l < r && a[l] == b) ++l;
                while (l < r && a[r] == c) --r;
            }
        }
    }
    sort(res.begin(), res.end());
    string out = to_string(res.size()) + '\n';
    for (auto& t : res) out += to_string(t[0]) + ' ' + to_string(t[1]) + ' ' + to_string(t[2]) + '\n';
    cout << out;
}
