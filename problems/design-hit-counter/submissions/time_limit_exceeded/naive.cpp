// TLE: keeps every hit ever made and counts the ones in the window at each count: O(total
// hits) per count, about 2e10 comparisons for 150000 hits and 150000 counts.
#include <bits/stdc++.h>
using namespace std;

// Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
// from one call to the next, and several hits can arrive in the same second.
class HitCounter {
public:
    void hit(int timestamp) { hits_.push_back(timestamp); }

    int count(int timestamp) {
        int total = 0;
        for (int s : hits_) {
            if (s > timestamp - 300) ++total;
        }
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
