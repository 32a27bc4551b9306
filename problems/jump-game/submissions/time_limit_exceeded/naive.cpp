// TLE: simulates the jumps. BFS that, from every reachable stone i, looks at all the stones
// i+1 .. i+a[i]. Correct, but O(n^2) in the worst case: with a[i] = w - i for all i < w
// (every route ends on the same 0), about w^2/2 = 10^11 steps for n = 500000.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    vector<char> seen(n, 0);
    vector<int> queue;
    queue.push_back(0);
    seen[0] = 1;
    for (size_t h = 0; h < queue.size(); h++) {
        int i = queue[h];
        long long top = min<long long>(n - 1, i + a[i]);
        for (long long j = i + 1; j <= top; j++) {
            if (!seen[j]) {
                seen[j] = 1;
                queue.push_back((int)j);
            }
        }
    }
    cout << (seen[n - 1] ? "true" : "false") << "\n";
    return 0;
}
