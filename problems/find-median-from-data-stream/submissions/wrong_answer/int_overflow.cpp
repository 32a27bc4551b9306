// WA: adds the two middle values as ints before dividing by 2.0. Every value fits in an int,
// but the sum of two values near 2^31 - 1 (or -2^31) wraps around.
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
        int sum = (int)((unsigned)lower_.top() + (unsigned)upper_.top());  // wraps like int + int
        return sum / 2.0;
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
