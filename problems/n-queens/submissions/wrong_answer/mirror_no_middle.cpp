// WA: uses the mirror symmetry (first queen in the left half, then double) but forgets the
// middle column when n is odd. Right for even n (the samples), wrong for n = 1, 5, 7, ...
#include <bits/stdc++.h>
using namespace std;

static int full;

static long long solve(int cols, int d1, int d2) {
    if (cols == full) return 1;
    long long total = 0;
    for (int free = full & ~(cols | d1 | d2); free; free &= free - 1) {
        int bit = free & -free;
        total += solve(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return total;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    full = (1 << n) - 1;
    long long total = 0;
    for (int c = 0; c < n / 2; ++c) {
        int bit = 1 << c;
        total += solve(bit, (bit << 1) & full, bit >> 1);
    }
    cout << 2 * total << "\n";   // bug: the middle column (n odd) is never tried
    return 0;
}
