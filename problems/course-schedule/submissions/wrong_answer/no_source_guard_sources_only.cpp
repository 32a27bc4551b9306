// WRONG: guard first -- if no course is free of prerequisites, print IMPOSSIBLE (right: a cycle
// must exist) -- then a correct three-colour DFS, but started only from the free courses, and
// no check that all n courses were placed. A cycle that no free course leads into is never
// visited, so the partial order is printed instead of IMPOSSIBLE. The guard covers "every
// course is on one big cycle"; it misses a cycle next to free courses, such as 1 <-> 2 beside 3.
#include <bits/stdc++.h>
using namespace std;

int n, m;
vector<vector<int>> unlocks;
vector<int> color;  // 0 new, 1 on the current path, 2 done
vector<int> post;
bool cyclic = false;

void dfs(int c) {
    color[c] = 1;
    for (int next : unlocks[c]) {
        if (color[next] == 1) cyclic = true;
        else if (color[next] == 0) dfs(next);
    }
    color[c] = 2;
    post.push_back(c);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n >> m;
    unlocks.assign(n + 1, {});
    color.assign(n + 1, 0);
    vector<int> missing(n + 1, 0);
    for (int i = 0; i < m; ++i) {
        int a, b;
        cin >> a >> b;
        unlocks[b].push_back(a);
        ++missing[a];
    }
    bool anyFree = false;
    for (int c = 1; c <= n; ++c) anyFree = anyFree || missing[c] == 0;
    if (!anyFree) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    for (int c = 1; c <= n; ++c)
        if (missing[c] == 0) dfs(c);
    if (cyclic) {  // bug: no check that post.size() == n
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    reverse(post.begin(), post.end());
    for (size_t i = 0; i < post.size(); ++i) cout << post[i] << (i + 1 < post.size() ? ' ' : '\n');
}
