// WA: a queue of hits that drops the expired ones when a new hit arrives, but count only reports
// the queue size: after a quiet period the old hits are still counted.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    void hit(int timestamp) {
        while (!hits_.empty() && hits_.front() <= timestamp - 300) hits_.pop_front();
        hits_.push_back(timestamp);
    }

    int count(int timestamp) {
        (void)timestamp;  // Bug: the window must be updated here too
        return (int)hits_.size();
    }

private:
    deque<int> hits_;
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
