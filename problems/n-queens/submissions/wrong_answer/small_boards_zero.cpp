// WRONG: "boards smaller than 4 have no solution" -- true for n = 2 and 3, but a single queen on
// a 1 x 1 board is one solution. Missed edge case: n = 1. Correct bit-mask backtracking otherwise.
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
    cin >> n;
    if (n < 4) {
        cout << 0 << '\n';
        return 0;
    }
    full = (1 << n) - 1;
    cout << solve(0, 0, 0) << '\n';
}
