// TLE: correct, but enumerates all n! column permutations (so rows and columns are distinct)
// and only then checks the diagonals, without pruning. For n = 12 that is 12! = 4.8e8 boards,
// about 3 seconds: a few times over the limit.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> p(n);
    iota(p.begin(), p.end(), 0);
    long long count = 0;
    do {
        bool ok = true;
        for (int i = 0; i < n && ok; ++i)
            for (int j = i + 1; j < n; ++j)
                if (abs(p[i] - p[j]) == j - i) {
                    ok = false;
                    break;
                }
        count += ok;
    } while (next_permutation(p.begin(), p.end()));
    printf("%lld\n", count);
    return 0;
}
