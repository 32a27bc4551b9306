// WRONG: cheap guards (n <= 1 -> 0; prices never falling -> last - first; prices never rising
// -> 0), then the classic shortcut: buy on the day of the lowest price and sell at the highest
// price after it. The guards answer the monotone tests; with 5 12 2 8 1 6 it buys at 1 and
// makes 5, but 12 - 5 = 7 is better.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n = 0;
    cin >> n;
    vector<long long> p(n);
    for (auto& x : p) cin >> x;
    if (n <= 1) { cout << 0 << '\n'; return 0; }
    bool up = true, down = true;
    for (int i = 1; i < n; ++i) {
        up = up && p[i] >= p[i - 1];
        down = down && p[i] <= p[i - 1];
    }
    if (up) { cout << p[n - 1] - p[0] << '\n'; return 0; }
    if (down) { cout << 0 << '\n'; return 0; }
    int lo = int(min_element(p.begin(), p.end()) - p.begin());
    long long hi = p[lo];
    for (int i = lo; i < n; ++i) hi = max(hi, p[i]);
    cout << hi - p[lo] << '\n';  // bug: the best buy day need not be the global minimum
}
