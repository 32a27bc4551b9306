// WRONG: keeps one variable for the minimum. A pop that leaves one element (or none) resets it
// from what is left -- a guard that fixes "push 3, push 1, pop" -- but any other pop of the
// minimum leaves the stale minimum in place, so 6 5 4 3 2 1 then pop still reports 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    vector<long long> st;
    long long mn = LLONG_MAX;
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "push") {
            long long x;
            cin >> x;
            st.push_back(x);
            mn = min(mn, x);
        } else if (op == "pop") {
            st.pop_back();
            if (st.size() <= 1) mn = st.empty() ? LLONG_MAX : st[0];  // the guard
            // bug: otherwise the minimum is not restored when it was popped
        } else if (op == "top") {
            out += to_string(st.back()) + '\n';
        } else {
            out += to_string(mn) + '\n';
        }
    }
    cout << out;
}
