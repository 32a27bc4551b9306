// WA: uses the "overflow-safe" mean lo + (hi - lo) / 2.0 with ints. It avoids the overflow of
// lo + hi, but hi - lo overflows when the values have opposite signs: -2^31 and 2^31 - 1 give
// hi - lo = 2^32 - 1, which wraps to -1.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
public:
    void addNum(int x) {
        if (lower_.empty() || x <= lower_.top()) {
            lower_.push(x);
        } else {
            upper_.push(x);
        }
        if (lower_.size() > upper_.size() + 1) {
            upper_.push(lower_.top());
            lower_.pop();
        } else if (upper_.size() > lower_.size()) {
            lower_.push(upper_.top());
            upper_.pop();
        }
    }

    double findMedian() const {
        if (lower_.size() > upper_.size()) return lower_.top();
        int lo = lower_.top(), hi = upper_.top();
        int diff = (int)((unsigned)hi - (unsigned)lo);  // wraps like int - int
        return lo + diff / 2.0;
    }

private:
    priority_queue<int> lower_;
    priority_queue<int, vector<int>, greater<int>> upper_;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    MedianFinder finder;
    string op, out;
    char buf[64];
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "add") {
            int x;
            cin >> x;
            finder.addNum(x);
        } else {  // "median"
            snprintf(buf, sizeof buf, "%.1f\n", finder.findMedian() + 0.0);
            out += buf;
        }
    }
    cout << out;
    return 0;
}
