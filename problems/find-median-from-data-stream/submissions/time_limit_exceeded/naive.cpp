// TLE: keeps every value in a sorted vector, inserting each new one at its place
// (binary search + vector::insert). The median is O(1), but each insertion shifts the larger
// values: O(n) per add, about n^2 / 2 = 4e10 moves when 290000 values arrive in decreasing order.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
public:
    void addNum(int x) { sorted_.insert(upper_bound(sorted_.begin(), sorted_.end(), x), x); }

    double findMedian() const {
        size_t n = sorted_.size();
        if (n % 2 == 1) return sorted_[n / 2];
        return ((long long)sorted_[n / 2 - 1] + (long long)sorted_[n / 2]) / 2.0;
    }

private:
    vector<int> sorted_;
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
