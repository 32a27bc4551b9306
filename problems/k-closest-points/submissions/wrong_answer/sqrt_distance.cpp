// WA: compares the Euclidean distances sqrt(x^2 + y^2) as doubles. The squared distances are
// exact, but near 5e15 the square roots of s and s + 1 round to the same double, so a point at
// s + 1 can be chosen over a point at s.
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    auto dist = [](const pair<int, int>& p) {
        return sqrt((double)p.first * p.first + (double)p.second * p.second);
    };
    stable_sort(points.begin(), points.end(),
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
