// TOO SLOW: each round scans all courses from the start for one that is not taken yet and
// whose prerequisites are all taken. Correct, but O(n * (n + m)): with one long chain the
// only available course sits at a random place, so every round scans about n/2 courses.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m)) return 0;
    vector<vector<int>> needs(n + 1);
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        needs[a].push_back(b);
    }
    vector<char> taken(n + 1, 0);
    vector<int> order;
    for (int round = 0; round < n; ++round) {
        int found = 0;
        for (int c = 1; c <= n && !found; ++c) {
            if (taken[c]) continue;
            bool ready = true;
            for (int b : needs[c])
                if (!taken[b]) { ready = false; break; }
            if (ready) found = c;
        }
        if (!found) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
        taken[found] = 1;
        order.push_back(found);
    }
    for (int i = 0; i < n; ++i) cout << order[i] << (i + 1 < n ? ' ' : '\n');
}
