// MLE: the first stage's solution with its last-seen table indexed by the symbol itself,
// grown to the largest symbol in the input. Fine for characters (256 entries); with symbols
// up to 2^31 - 1 the table needs 2^31 ints = 8 GiB.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    int maxv = 0;
    for (int x : a) maxv = max(maxv, x);
    vector<int> last((size_t)maxv + 1, -1);
    int best = 0, left = 0;
    for (int right = 0; right < n; ++right) {
        int c = a[right];
        if (last[c] >= left) left = last[c] + 1;
        last[c] = right;
        best = max(best, right - left + 1);
    }
    cout << best << '\n';
}
