// TLE: stores the values unsorted (O(1) add) and selects the middle with nth_element at each
// query: O(n) per median, about 250000 queries over up to 250000 values.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
public:
    void addNum(int x) { values_.push_back(x); }

    double findMedian() {
        size_t n = values_.size();
        nth_element(values_.begin(), values_.begin() + n / 2, values_.end());
        long long hi = values_[n / 2];
        if (n % 2 == 1) return hi;
        long long lo = *max_element(values_.begin(), values_.begin() + n / 2);
        return (lo + hi) / 2.0;
    }

private:
    vector<int> values_;
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
