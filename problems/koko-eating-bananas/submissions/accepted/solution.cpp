// Binary search on the speed; hours counted in 64 bits. O(n log max(piles)).
#include <bits/stdc++.h>
using namespace std;

bool fastEnough(const vector<long long>& piles, long long k, long long h) {
    long long hours = 0;
    for (long long p : piles) {
        hours += (p + k - 1) / k;
        if (hours > h) return false;
    }
    return true;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long h;
    cin >> n >> h;
    vector<long long> piles(n);
    for (auto& p : piles) cin >> p;
    long long lo = 1, hi = *max_element(piles.begin(), piles.end());
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (fastEnough(piles, mid, h)) hi = mid;
        else lo = mid + 1;
    }
    cout << lo << "\n";
    return 0;
}
