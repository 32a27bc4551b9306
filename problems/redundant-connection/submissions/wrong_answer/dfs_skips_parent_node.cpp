// WA: a DFS that looks for the cycle and skips the node it came from, by node number. When
// the extra edge repeats an existing edge, the cycle has length 2 and goes back to the parent
// along the second copy: the DFS skips it and finds no cycle at all.
#include <bits/stdc++.h>
using namespace std;

pair<int, int> findRedundantConnection(int n, const vector<pair<int, int>>& edges) {
    vector<vector<int>> adj(n + 1);
    for (auto [u, v] : edges) {
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> parent(n + 1, 0), state(n + 1, 0);  // 0 new, 1 on the stack, 2 done
    vector<size_t> next(n + 1, 0);
    vector<char> onCycle(n + 1, 0);
    bool found = false;
    vector<int> stack = {1};
    state[1] = 1;
    while (!stack.empty() && !found) {
        int x = stack.back();
        if (next[x] == adj[x].size()) {
            state[x] = 2;
            stack.pop_back();
            continue;
        }
        int y = adj[x][next[x]++];
        if (y == parent[x]) continue;  // bug: skips every edge back to the parent
        if (state[y] == 1) {           // back edge: the cycle is y .. x on the stack
            for (int z = x; z != y; z = parent[z]) onCycle[z] = 1;
            onCycle[y] = 1;
            found = true;
        } else if (state[y] == 0) {
            state[y] = 1;
            parent[y] = x;
            stack.push_back(y);
        }
    }
    for (int i = (int)edges.size() - 1; i >= 0; --i)
        if (onCycle[edges[i].first] && onCycle[edges[i].second]) return edges[i];
    return {0, 0};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<int, int>> edges(n);
    for (auto& [u, v] : edges) cin >> u >> v;
    auto [u, v] = findRedundantConnection(n, edges);
    cout << u << ' ' << v << '\n';
    return 0;
}
