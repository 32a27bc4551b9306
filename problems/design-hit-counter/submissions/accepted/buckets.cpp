// Accepted: 300 buckets indexed by timestamp % 300, each remembering which second it holds;
// count adds the buckets whose second is still in the window. O(300) per count.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    HitCounter() : second_(300, -1), hits_(300, 0) {}

    void hit(int timestamp) {
        int b = timestamp % 300;
        if (second_[b] != timestamp) {  // the bucket holds an older second: reuse it
            second_[b] = timestamp;
            hits_[b] = 0;
        }
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
