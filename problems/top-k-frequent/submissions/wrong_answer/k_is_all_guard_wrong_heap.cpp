// WRONG: guard "k equals the number of distinct values -> print them all" (right), then a heap
// of size k that keeps the wrong end: it uses a max-heap on the count and pops the top when
// the heap grows past k, so it throws away the MOST frequent values and keeps the k least
// frequent. The guard answers every test where all values are wanted.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    unordered_map<long long, int> count;
    vector<long long> order;
    for (int i = 0; i < n; ++i) {
        long long x;
        scanf("%lld", &x);
        if (count[x]++ == 0) order.push_back(x);
    }
    vector<long long> out;
    if ((int)order.size() == k) {
        out = order;
    } else {
        priority_queue<pair<int, long long>> heap;  // bug: max-heap, should be a min-heap
        for (long long v : order) {
            heap.push({count[v], v});
            if ((int)heap.size() > k) heap.pop();
        }
        while (!heap.empty()) {
            out.push_back(heap.top().second);
            heap.pop();
        }
    }
    for (size_t i = 0; i < out.size(); ++i) printf("%lld%c", out[i], i + 1 < out.size() ? ' ' : '\n');
}
