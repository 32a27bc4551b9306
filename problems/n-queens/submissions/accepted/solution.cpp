// N-Queens count: backtracking row by row, with bit masks of the columns and the two diagonal
// directions already attacked. Each placement is O(1); about 850000 calls for n = 12.
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
    cout << solve(0, 0, 0) << "\n";
    return 0;
}
