// WA: bucket sort by frequency, but the loop over the buckets starts at n - 1 instead of n,
// so a value that fills the whole array (frequency n) is never output. Passes the samples.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    unordered_map<long long, int> count;
    for (int i = 0; i < n; ++i) {
        long long x;
        if (scanf("%lld", &x) != 1) return 0;
        ++count[x];
    }
    vector<vector<long long>> bucket(n + 1);   // bucket[f] = values seen exactly f times
    for (auto& [v, c] : count) bucket[c].push_back(v);
    vector<long long> out;
    for (int f = n - 1; f >= 1 && (int)out.size() < k; --f)   // bug: should start at f = n
        for (long long v : bucket[f])
            if ((int)out.size() < k) out.push_back(v);
    for (size_t i = 0; i < out.size(); ++i) printf("%lld%c", out[i], i + 1 < out.size() ? ' ' : '\n');
    if (out.empty()) printf("\n");
    return 0;
}
