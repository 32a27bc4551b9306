// Kahn's algorithm: repeatedly take a course whose prerequisites are all taken. If fewer
// than n courses get taken, the remaining ones lie on or behind a cycle: IMPOSSIBLE.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m)) return 0;
    vector<vector<int>> unlocks(n + 1);  // unlocks[b] = courses that need b
    vector<int> missing(n + 1, 0);       // prerequisites not taken yet
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        unlocks[b].push_back(a);
        ++missing[a];
    }
    vector<int> order;
    order.reserve(n);
    for (int c = 1; c <= n; ++c)
        if (missing[c] == 0) order.push_back(c);
    for (size_t head = 0; head < order.size(); ++head) {
        for (int next : unlocks[order[head]])
            if (--missing[next] == 0) order.push_back(next);
    }
    if (static_cast<int>(order.size()) < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    string out;
    for (int i = 0; i < n; ++i) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    out += '\n';
    cout << out;
}
