// TLE: correct, but finds the distinct values with a linear search and then counts each of
// them by scanning the whole array: O(n * d). With n = 200000 distinct values that is about
// 4e10 comparisons.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto& x : a)
        if (scanf("%lld", &x) != 1) return 0;
    vector<long long> distinct;
    for (long long x : a)
        if (find(distinct.begin(), distinct.end(), x) == distinct.end()) distinct.push_back(x);
    vector<pair<long long, long long>> items;   // (count, value)
    for (long long v : distinct) items.push_back({count(a.begin(), a.end(), v), v});
    sort(items.begin(), items.end(), [](auto& x, auto& y) { return x.first > y.first; });
    for (int i = 0; i < k; ++i) printf("%lld%c", items[i].second, i + 1 < k ? ' ' : '\n');
    return 0;
}
