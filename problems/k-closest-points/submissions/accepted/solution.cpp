// Intended solution: quickselect (nth_element) on the squared distance, O(n) on average.
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    auto dist = [](const pair<int, int>& p) {
        return (long long)p.first * p.first + (long long)p.second * p.second;
    };
    // Quickselect: after nth_element, the first k points are the k closest (in no order).
    nth_element(points.begin(), points.begin() + (k - 1), points.end(),
                [&](const pair<int, int>& a, const pair<int, int>& b) { return dist(a) < dist(b); });
    return vector<pair<int, int>>(points.begin(), points.begin() + k);
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
