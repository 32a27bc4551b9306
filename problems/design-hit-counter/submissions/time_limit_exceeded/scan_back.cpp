// TLE: keeps every hit and counts backwards from the newest one until a hit leaves the window:
// O(hits in the window) per count. Fine when hits are spread out, but with 150000 hits in the
// same second each count walks all of them.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    void hit(int timestamp) { hits_.push_back(timestamp); }

    int count(int timestamp) {
        int total = 0;
        for (size_t i = hits_.size(); i-- > 0 && hits_[i] > timestamp - 300;) ++total;
        return total;
    }

private:
    vector<int> hits_;
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
