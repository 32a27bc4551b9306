// WA: 300 buckets that are reset correctly when reused, but count adds every bucket without
// checking that its second is still in the window. The empty-counter guard does not help after
// a quiet period.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    HitCounter() : second_(300, -1), hits_(300, 0) {}

    void hit(int timestamp) {
        ++any_;
        int b = timestamp % 300;
        if (second_[b] != timestamp) {
            second_[b] = timestamp;
            hits_[b] = 0;
        }
        ++hits_[b];
    }

    int count(int timestamp) {
        if (any_ == 0) return 0;
        (void)timestamp;
        long long total = 0;
        for (int b = 0; b < 300; ++b) total += hits_[b];  // Bug: stale buckets are counted
        return (int)total;
    }

private:
    vector<int> second_;
    vector<long long> hits_;
    long long any_ = 0;
};
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    HitCounter counter;
    string op, out;
    for (int i = 0; i < q; ++i) {
        int timestamp;
        cin >> op >> timestamp;
        if (op == "hit") {
            counter.hit(timestamp);
        } else {  // "count"
            out += to_string(counter.count(timestamp));
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
