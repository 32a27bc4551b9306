// WA: the ordered-set solution that inserts (count, value) after each play but forgets to
// erase the value's previous entry. A value played twice is then listed twice in the set,
// and a query can print it twice (or keep a value whose entry is stale).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k, q;
    cin >> k >> q;
    unordered_map<int, int> count;
    set<pair<int, int>> byCount;  // (-count, value)
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "add") {
            int x;
            cin >> x;
            int c = ++count[x];
            byCount.insert({-c, x});  // BUG: the entry (-(c - 1), x) stays in the set
        } else {
            int m = 0;
            for (auto it = byCount.begin(); it != byCount.end() && m < k; ++it, ++m) {
                if (m) out += ' ';
                out += to_string(it->second);
            }
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
