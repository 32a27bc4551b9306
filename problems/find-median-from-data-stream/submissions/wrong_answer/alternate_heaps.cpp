// WA: balances the sizes by pushing alternately into the two heaps, without checking which
// half the new value belongs to: the sizes are right but lower's top can exceed upper's top.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
public:
    void addNum(int x) {
        if (lower_.size() == upper_.size()) {
            lower_.push(x);
        } else {
            upper_.push(x);
        }
    }

    double findMedian() const {
        if (lower_.size() > upper_.size()) return lower_.top();
        return ((long long)lower_.top() + upper_.top()) / 2.0;
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
