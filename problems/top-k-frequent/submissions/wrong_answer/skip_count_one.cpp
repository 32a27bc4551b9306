// WRONG: bucket sort by frequency whose loop stops at f = 2, so values seen only once are
// never printed. Missed edge case: when k reaches into the values that appear once (all values
// distinct, for instance), too few values come out.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    unordered_map<long long, int> count;
    for (int i = 0; i < n; ++i) {
        long long x;
        scanf("%lld", &x);
        ++count[x];
    }
    vector<vector<long long>> bucket(n + 1);
    for (auto& [v, c] : count) bucket[c].push_back(v);
    vector<long long> out;
    for (int f = n; f > 1 && (int)out.size() < k; --f)  // bug: f = 1 is never reached
        for (long long v : bucket[f])
            if ((int)out.size() < k) out.push_back(v);
    for (size_t i = 0; i < out.size(); ++i) printf("%lld%c", out[i], i + 1 < out.size() ? ' ' : '\n');
    if (out.empty()) printf("\n");
}
