// WRONG: cheap guards (fewer than two values -> -1 -1; exactly two -> check their sum), then
// the one-pass-after-building map lookup without checking that the index found differs from
// i. The guards answer "one element equal to half the target"; with 4 1 9 3 5 and target 8 the
// lone 4 is paired with itself.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long target;
    cin >> n >> target;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    if (n < 2) { cout << "-1 -1\n"; return 0; }
    if (n == 2) { cout << (a[0] + a[1] == target ? "0 1" : "-1 -1") << '\n'; return 0; }
    unordered_map<long long, int> where;
    for (int i = 0; i < n; ++i) where[a[i]] = i;
    for (int i = 0; i < n; ++i) {
        auto it = where.find(target - a[i]);
        if (it != where.end()) {  // bug: it->second may be i itself
            cout << min(i, it->second) << ' ' << max(i, it->second) << '\n';
            return 0;
        }
    }
    cout << "-1 -1\n";
}
