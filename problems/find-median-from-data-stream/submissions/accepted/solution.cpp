// Intended solution: two heaps (a max-heap of the lower half, a min-heap of the upper half),
// O(log n) per add, O(1) per median.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
public:
    void addNum(int x) {
        // lower_ holds the smaller half (one more element when the count is odd).
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
        // The sum of two ints may not fit in an int: add them as 64-bit integers.
        return ((long long)lower_.top() + (long long)upper_.top()) / 2.0;
    }

private:
    priority_queue<int> lower_;                             // max-heap
    priority_queue<int, vector<int>, greater<int>> upper_;  // min-heap
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
