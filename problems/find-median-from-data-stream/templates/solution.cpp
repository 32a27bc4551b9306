#include <bits/stdc++.h>
using namespace std;

// Keeps a growing collection of integers and reports its median.
// addNum should take O(log n) time, findMedian O(1).
class MedianFinder {
public:
    MedianFinder() {
        // TODO: set up your fields
    }

    // Add x to the collection.
    void addNum(int x) {
        // TODO
    }

    // Return the median of the values added so far (never called on an empty collection).
    // With an even count it is the mean of the two middle values, which may end in .5.
    // Careful: the sum of two ints may not fit in an int.
    double findMedian() {
        // TODO
        return 0.0;
    }
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
            // One digit after the decimal point; adding 0.0 turns -0.0 into 0.0.
            snprintf(buf, sizeof buf, "%.1f\n", finder.findMedian() + 0.0);
            out += buf;
        }
    }
    cout << out;
    return 0;
}
