// WRONG: DFS topological sort with a single "visited" flag, treating any edge to an already
// visited course as a cycle. A course reachable along two different paths (a diamond:
// 1 -> 2 -> 4 and 1 -> 3 -> 4) is visited twice without any cycle, so valid inputs get
// IMPOSSIBLE. The fix is three states: unvisited, on the current path, finished.
#include <bits/stdc++.h>
using namespace std;

int n, m;
vector<vector<int>> unlocks;
vector<char> visited;
vector<int> postorder;
bool cyclic = false;

void dfs(int c) {
    visited[c] = 1;
    for (int next : unlocks[c]) {
        if (visited[next]) {
            cyclic = true;
            continue;
        }
        dfs(next);
    }
    postorder.push_back(c);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    if (!(cin >> n >> m)) return 0;
    unlocks.assign(n + 1, {});
    visited.assign(n + 1, 0);
    vector<int> missing(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        unlocks[b].push_back(a);
        ++missing[a];
    }
    for (int c = 1; c <= n; ++c)
        if (missing[c] == 0 && !visited[c]) dfs(c);
    if (cyclic || static_cast<int>(postorder.size()) < n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    reverse(postorder.begin(), postorder.end());
    for (int i = 0; i < n; ++i) cout << postorder[i] << (i + 1 < n ? ' ' : '\n');
}
