// WRONG ANSWER: counts the hours in a 32-bit int and does not stop early. For a small speed
// the true number of hours (up to the sum of all piles, about 10^14) does not fit: it wraps
// around to a negative value, the speed looks fast enough, and the binary search returns a
// speed that is too low (e.g. three piles of 900000000 with h = 10^9: answers 1 instead of 3).
#include <bits/stdc++.h>
using namespace std;

bool feasible(const vector<int>& piles, int k, int h) {
    int hours = 0;
    for (int p : piles) hours += (p + k - 1) / k;
    return hours <= h;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, h;
    cin >> n >> h;
    vector<int> piles(n);
    for (int& p : piles) cin >> p;
    int lo = 1, hi = *max_element(piles.begin(), piles.end());
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (feasible(piles, mid, h)) hi = mid - 1;
        else lo = mid + 1;
    }
    cout << lo << "\n";
    return 0;
}
