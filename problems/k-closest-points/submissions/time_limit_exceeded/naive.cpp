// TLE: picks the closest remaining point k times, scanning all n points each time (a partial
// selection sort): O(n k), 2e10 distance checks for n = 200000, k = 100000.
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    vector<long long> d(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        d[i] = (long long)points[i].first * points[i].first +
               (long long)points[i].second * points[i].second;
    }
    vector<char> taken(points.size(), 0);
    vector<pair<int, int>> result;
    for (int round = 0; round < k; ++round) {
        int best = -1;
        for (int i = 0; i < (int)points.size(); ++i) {
            if (!taken[i] && (best < 0 || d[i] < d[best])) best = i;
        }
        taken[best] = 1;
        result.push_back(points[best]);
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
