// Maximum depth of a binary tree: breadth-first, level by level. O(n) time, O(n) memory.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i) {
        long long v;
        cin >> v >> L[i] >> R[i];
    }
    if (n == 0) {
        cout << 0 << "\n";
        return 0;
    }
    vector<int> level{1}, next;
    int depth = 0;
    while (!level.empty()) {
        ++depth;
        next.clear();
        for (int u : level) {
            if (L[u]) next.push_back(L[u]);
            if (R[u]) next.push_back(R[u]);
        }
        swap(level, next);
    }
    cout << depth << "\n";
    return 0;
}
