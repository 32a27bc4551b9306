// WRONG: guards the small boards by hand (n = 1 -> 1, n = 2 or 3 -> 0), then backtracks row by
// row checking the columns and only ONE diagonal direction. The guards answer every board the
// bug cannot spoil by itself; from n = 4 on it counts boards where two queens share an
// anti-diagonal.
#include <bits/stdc++.h>
using namespace std;

int n;
vector<char> colUsed, diagUsed;  // diagUsed[r - c + n]

long long place(int r) {
    if (r == n) return 1;
    long long total = 0;
    for (int c = 0; c < n; ++c) {
        if (colUsed[c] || diagUsed[r - c + n]) continue;  // bug: r + c is never checked
        colUsed[c] = diagUsed[r - c + n] = 1;
        total += place(r + 1);
        colUsed[c] = diagUsed[r - c + n] = 0;
    }
    return total;
}

int main() {
    cin >> n;
    if (n == 1) { cout << 1 << '\n'; return 0; }
    if (n <= 3) { cout << 0 << '\n'; return 0; }
    colUsed.assign(n, 0);
    diagUsed.assign(2 * n + 1, 0);
    cout << place(0) << '\n';
}
