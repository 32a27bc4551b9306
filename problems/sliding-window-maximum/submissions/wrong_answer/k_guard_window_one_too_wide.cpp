// WRONG: cheap guards (k = 1 -> the array itself; k = n -> one maximum), then the monotonic
// deque of indices, but the front is evicted only when its index is < i - k instead of <= i - k:
// every window is one element too wide on the left. The guards answer k = 1 and k = n; any
// other k where the maximum just left on the left (decreasing values) comes out wrong.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    vector<long long> out;
    if (k == 1) {
        out = a;
    } else if (k == n) {
        out.push_back(*max_element(a.begin(), a.end()));
    } else {
        deque<int> dq;
        for (int i = 0; i < n; ++i) {
            if (!dq.empty() && dq.front() < i - k) dq.pop_front();  // bug: should be <= i - k
            while (!dq.empty() && a[dq.back()] <= a[i]) dq.pop_back();
            dq.push_back(i);
            if (i >= k - 1) out.push_back(a[dq.front()]);
        }
    }
    for (size_t i = 0; i < out.size(); ++i) printf("%lld%c", out[i], i + 1 < out.size() ? ' ' : '\n');
}
