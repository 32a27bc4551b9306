// WA: computes every node's depth correctly, then lists each level's nodes in the order of
// their indices in the input instead of from left to right. Passes the samples, whose nodes
// happen to be numbered level by level from left to right.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n = 0;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> val(n + 1);
    vector<int> L(n + 1), R(n + 1);
    for (int i = 1; i <= n; ++i)
        if (scanf("%lld %d %d", &val[i], &L[i], &R[i]) != 3) return 0;
    vector<int> depth(n + 1, 0), stack;
    int maxDepth = -1;
    if (n > 0) stack.push_back(1);
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        maxDepth = max(maxDepth, depth[u]);
        for (int c : {L[u], R[u]})
            if (c) {
                depth[c] = depth[u] + 1;
                stack.push_back(c);
            }
    }
    vector<string> lines(maxDepth + 1);
    for (int i = 1; i <= n; ++i) {   // index order, not left-to-right order
        string& s = lines[depth[i]];
        if (!s.empty()) s += ' ';
        s += to_string(val[i]);
    }
    string out;
    for (auto& s : lines) out += s + "\n";
    fputs(out.c_str(), stdout);
    return 0;
}
