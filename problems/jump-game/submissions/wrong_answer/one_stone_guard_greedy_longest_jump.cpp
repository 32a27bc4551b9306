// WRONG: cheap guards (one stone -> true; a[0] = 0 with more stones -> false), then the greedy
// "always take the longest jump": from each stone it jumps as far as it can and gives up when
// it lands on a 0. A shorter jump can be better: in 2 5 0 0 0 0 the longest first jump lands
// on a 0, but jumping 1 to the 5 reaches the end.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    if (n == 1) { puts("true"); return 0; }
    if (a[0] == 0) { puts("false"); return 0; }
    long long i = 0;
    while (i < n - 1) {
        if (a[i] == 0) { puts("false"); return 0; }
        i = min<long long>(n - 1, i + a[i]);  // bug: the longest jump is not always best
    }
    puts("true");
}
