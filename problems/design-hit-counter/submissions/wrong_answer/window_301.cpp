// WA: drops a second only when it is strictly older than timestamp - 300, so the window holds 301
// seconds: a hit exactly 300 seconds ago is still counted.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    void hit(int timestamp) {
        if (!seconds_.empty() && seconds_.back().first == timestamp) {
            ++seconds_.back().second;
        } else {
            seconds_.push_back({timestamp, 1});
        }
        ++total_;
    }

    int count(int timestamp) {
        while (!seconds_.empty() && seconds_.front().first < timestamp - 300) {
            total_ -= seconds_.front().second;
            seconds_.pop_front();
        }
        return (int)total_;
    }

private:
    deque<pair<int, long long>> seconds_;
    long long total_ = 0;
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
