// TOO SLOW: checks for a cycle by starting a fresh DFS from every course (clearing the marks
// each time) and asking whether it comes back to that course; then, if none does, prints an
// order with Kahn's algorithm. Correct, but O(n * (n + m)): on a chain of 150000 courses each
// search walks the rest of the chain, about 10^10 steps.
#include <bits/stdc++.h>
using namespace std;

int n, m;
vector<vector<int>> unlocks;
vector<int> mark;
int stamp = 0;

bool reaches(int from, int target) {  // iterative DFS: is target reachable from `from`?
    vector<int> st = {from};
    ++stamp;
    while (!st.empty()) {
        int c = st.back();
        st.pop_back();
        for (int next : unlocks[c]) {
            if (next == target) return true;
            if (mark[next] != stamp) {
                mark[next] = stamp;
                st.push_back(next);
            }
        }
    }
    return false;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n >> m;
    unlocks.assign(n + 1, {});
    mark.assign(n + 1, 0);
    vector<int> missing(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        unlocks[b].push_back(a);
        ++missing[a];
    }
    for (int c = 1; c <= n; ++c)
        if (reaches(c, c)) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
    vector<int> order;
    for (int c = 1; c <= n; ++c)
        if (missing[c] == 0) order.push_back(c);
    for (size_t h = 0; h < order.size(); ++h)
        for (int next : unlocks[order[h]])
            if (--missing[next] == 0) order.push_back(next);
    for (int i = 0; i < n; ++i) cout << order[i] << (i + 1 < n ? ' ' : '\n');
}
