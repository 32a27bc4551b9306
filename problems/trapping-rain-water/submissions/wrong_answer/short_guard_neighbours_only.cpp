// WRONG: cheap guards (fewer than three bars -> 0; heights never rising or never falling -> 0),
// then measures the water above each bar using only its two NEIGHBOURS as walls:
// min(h[i-1], h[i+1]) - h[i]. That is right for one-bar pits (3 1 2), but a wide pool such as
// 3 0 0 0 3 holds water far above what the neighbours of each bar can see.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n = 0;
    cin >> n;
    vector<long long> h(n);
    for (auto& x : h) cin >> x;
    if (n < 3) { cout << 0 << '\n'; return 0; }
    bool up = true, down = true;
    for (int i = 1; i < n; ++i) {
        up = up && h[i] >= h[i - 1];
        down = down && h[i] <= h[i - 1];
    }
    if (up || down) { cout << 0 << '\n'; return 0; }
    long long water = 0;
    for (int i = 1; i + 1 < n; ++i)
        water += max(0LL, min(h[i - 1], h[i + 1]) - h[i]);  // bug: the walls can be far away
    cout << water << '\n';
}
