#include <bits/stdc++.h>
using namespace std;

// Courses are numbered 1..n. Each pair {a, b} in prerequisites means that course b must be
// taken before course a. Return an order that takes all n courses (any valid order), or an
// empty vector if no such order exists.
vector<int> findOrder(int n, const vector<pair<int, int>>& prerequisites) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<pair<int, int>> prerequisites(m);
    for (auto& [a, b] : prerequisites) cin >> a >> b;
    vector<int> order = findOrder(n, prerequisites);
    if (order.empty()) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    for (size_t i = 0; i < order.size(); ++i) cout << order[i] << (i + 1 < order.size() ? ' ' : '\n');
    return 0;
}
