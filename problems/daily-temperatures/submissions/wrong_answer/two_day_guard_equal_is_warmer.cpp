// WRONG: answers one or two days by hand (two days: 1 if the second is warmer, else 0 --
// right), then runs the monotonic stack with <= instead of <, so a later day at the SAME
// temperature resolves a waiting day. The guard hides "5 5"; it fails on 10 10 10 10 11.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> t(n);
    for (auto& x : t) scanf("%d", &x);
    vector<int> ans(n, 0);
    if (n == 2) {
        ans[0] = t[1] > t[0] ? 1 : 0;
    } else if (n > 2) {
        vector<int> st;
        for (int i = 0; i < n; ++i) {
            while (!st.empty() && t[st.back()] <= t[i]) {  // bug: equal is not warmer
                ans[st.back()] = i - st.back();
                st.pop_back();
            }
            st.push_back(i);
        }
    }
    for (int i = 0; i < n; ++i) printf("%d%c", ans[i], i + 1 < n ? ' ' : '\n');
}
