#include <bits/stdc++.h>
using namespace std;

// Return the smallest integer speed k >= 1 such that eating the piles at k bananas per hour
// (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours.
int minEatingSpeed(const vector<int>& piles, int h) {
    // TODO: your code here
    return 0;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, h;
    cin >> n >> h;
    vector<int> piles(n);
    for (int& p : piles) cin >> p;
    cout << minEatingSpeed(piles, h) << "\n";
    return 0;
}
