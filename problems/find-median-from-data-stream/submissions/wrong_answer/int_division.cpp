// WA: averages the two middle values with integer division, (a + b) / 2, so 3.5 becomes 3.0
// (and -0.5 becomes 0.0). The 64-bit sum is right; only the .5 is lost.
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
        return ((long long)lower_.top() + upper_.top()) / 2;  // Bug: integer division
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
