// WRONG: stores the graph in sets to drop repeated pairs, but counts each course's
// prerequisites once per input line. A pair listed twice is then released only once, the
// course never becomes free, and a valid input gets IMPOSSIBLE. Missed edge case: the same
// pair may appear more than once.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<set<int>> unlocks(n + 1);
    vector<int> missing(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        unlocks[b].insert(a);
        ++missing[a];  // bug: counted per line, released per distinct pair
    }
    vector<int> order;
    for (int c = 1; c <= n; ++c)
        if (missing[c] == 0) order.push_back(c);
    for (size_t h = 0; h < order.size(); ++h)
        for (int next : unlocks[order[h]])
            if (--missing[next] == 0) order.push_back(next);
    if ((int)order.size() < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    for (int i = 0; i < n; ++i) cout << order[i] << (i + 1 < n ? ' ' : '\n');
}
