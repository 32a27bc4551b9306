// Intended solution: a queue of (second, hits in that second). count drops the seconds that left
// the window from the front: each second enters and leaves once, O(1) amortised per operation.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    void hit(int timestamp) {
        if (!seconds_.empty() && seconds_.back().first == timestamp) {
            ++seconds_.back().second;  // another hit in the same second
        } else {
            seconds_.push_back({timestamp, 1});
        }
        ++total_;
    }

    int count(int timestamp) {
        // a hit at time s is in the window when s > timestamp - 300
        while (!seconds_.empty() && seconds_.front().first <= timestamp - 300) {
            total_ -= seconds_.front().second;
            seconds_.pop_front();
        }
        return (int)total_;
    }

private:
    deque<pair<int, long long>> seconds_;  // (second, number of hits), oldest first
    long long total_ = 0;                  // hits in seconds_
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
