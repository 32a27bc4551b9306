// WRONG: guard "n <= 1 -> print the input", then a correct merge loop (touching intervals
// merge, the end is the max) -- but the intervals are never sorted by start, so an interval
// that starts before the current group is glued to it or left out of order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n = 0;
    scanf("%d", &n);
    vector<pair<long long, long long>> v(n);
    for (auto& [l, r] : v) scanf("%lld %lld", &l, &r);
    if (n <= 1) {
        printf("%d\n", n);
        for (auto [l, r] : v) printf("%lld %lld\n", l, r);
        return 0;
    }
    vector<pair<long long, long long>> out;  // bug: no sort(v.begin(), v.end())
    for (auto [l, r] : v) {
        if (!out.empty() && l <= out.back().second)
            out.back().second = max(out.back().second, r);
        else
            out.push_back({l, r});
    }
    printf("%zu\n", out.size());
    for (auto [l, r] : out) printf("%lld %lld\n", l, r);
}
