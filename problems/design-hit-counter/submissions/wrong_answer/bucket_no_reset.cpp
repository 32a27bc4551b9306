// WA: 300 buckets indexed by timestamp % 300 that never check which second a bucket holds when
// a hit arrives: a hit 300 seconds later adds to the old count instead of replacing it.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    HitCounter() : second_(300, -1), hits_(300, 0) {}

    void hit(int timestamp) {
        int b = timestamp % 300;
        second_[b] = timestamp;  // Bug: hits_[b] may still hold the hits of an older second
        ++hits_[b];
    }

    int count(int timestamp) {
        long long total = 0;
        for (int b = 0; b < 300; ++b) {
            if (second_[b] > timestamp - 300) total += hits_[b];
        }
        return (int)total;
    }

private:
    vector<int> second_;
    vector<long long> hits_;
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
