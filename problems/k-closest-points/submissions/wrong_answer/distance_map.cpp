// WA: indexes the points by their squared distance in a map, so that the map's order gives the
// closest ones. Points at the same distance overwrite each other: fewer than k points come out
// when distances tie. The k = n guard hides it when every point is wanted.
#include <bits/stdc++.h>
using namespace std;

// Return the k points of `points` closest to the origin (0, 0), in any order.
// If several points tie at the boundary distance, any of them may be chosen.
// Careful: x * x + y * y does not fit in an int.
vector<pair<int, int>> kClosest(vector<pair<int, int>>& points, int k) {
    if (k == (int)points.size()) return points;
    map<long long, pair<int, int>> byDistance;
    for (const auto& p : points) {
        byDistance[(long long)p.first * p.first + (long long)p.second * p.second] = p;
    }
    vector<pair<int, int>> result;
    for (const auto& [d, p] : byDistance) {
        if ((int)result.size() == k) break;
        result.push_back(p);
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
