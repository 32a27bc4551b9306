// WA: computes x * x + y * y in 32-bit ints. Coordinates reach 5e7, so the squared distance
// reaches 5e15 and wraps around: a far point can look closer than the origin.
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    auto dist = [](const pair<int, int>& p) {
        // wraps like int arithmetic (x * x + y * y with ints)
        unsigned x = (unsigned)p.first, y = (unsigned)p.second;
        return (int)(x * x + y * y);
    };
    sort(points.begin(), points.end(),
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
