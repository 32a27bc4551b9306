// TLE: correct, but tries every way to put one queen in each row (n^n boards) and checks the
// board only once it is full. For n = 12 that is 12^12, about 9e12 boards.
#include <bits/stdc++.h>
using namespace std;

static int n;
static int col[16];

static bool valid() {
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (col[i] == col[j] || abs(col[i] - col[j]) == j - i) return false;
    return true;
}

static long long place(int row) {
    if (row == n) return valid() ? 1 : 0;
    long long total = 0;
    for (int c = 0; c < n; ++c) {
        col[row] = c;
        total += place(row + 1);
    }
    return total;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    printf("%lld\n", place(0));
    return 0;
}
