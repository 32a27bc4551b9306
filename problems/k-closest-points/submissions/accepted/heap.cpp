// Accepted: a max-heap of size k, O(n log k).
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    // A max-heap of the k closest points seen so far, keyed by squared distance: a new point
    // replaces the farthest of them when it is strictly closer.
    priority_queue<pair<long long, int>> heap;  // (squared distance, index)
    for (int i = 0; i < (int)points.size(); ++i) {
        long long d = (long long)points[i].first * points[i].first +
                      (long long)points[i].second * points[i].second;
        if ((int)heap.size() < k) {
            heap.push({d, i});
        } else if (d < heap.top().first) {
            heap.pop();
            heap.push({d, i});
        }
    }
    vector<pair<int, int>> result;
    while (!heap.empty()) {
        result.push_back(points[heap.top().second]);
        heap.pop();
    }
    return result;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<pair<int, int>> points(n);
    for (auto& [x, y] : points) cin >> x >> y;
    vector<pair<int, int>> result = kClosest(points, k);
    string out;
    for (const auto& [x, y] : result) {
        out += to_string(x);
        out += ' ';
        out += to_string(y);
        out += '\n';
    }
    cout << out;
    return 0;
}
