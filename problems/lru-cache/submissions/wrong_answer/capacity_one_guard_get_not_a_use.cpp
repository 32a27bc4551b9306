// WRONG: capacity 1 gets its own tiny code path (one slot: a put replaces it), which is right;
// the general cache is a list + hash map, but get() does not move the key to the front, so
// eviction order is insertion/update order (FIFO-ish) instead of least recently USED.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int capacity, q;
    cin >> capacity >> q;
    string op, out;
    if (capacity == 1) {
        long long k0 = -1, v0 = -1;
        for (int i = 0; i < q; ++i) {
            cin >> op;
            long long k, v;
            if (op == "get") {
                cin >> k;
                out += to_string(k == k0 ? v0 : -1) + '\n';
            } else {
                cin >> k >> v;
                k0 = k;
                v0 = v;
            }
        }
        cout << out;
        return 0;
    }
    list<pair<long long, long long>> order;  // front = most recent
    unordered_map<long long, list<pair<long long, long long>>::iterator> where;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        long long k, v;
        if (op == "get") {
            cin >> k;
            auto it = where.find(k);
            out += to_string(it == where.end() ? -1 : it->second->second) + '\n';  // bug: no move to front
        } else {
            cin >> k >> v;
            auto it = where.find(k);
            if (it != where.end()) {
                it->second->second = v;
                order.splice(order.begin(), order, it->second);
                continue;
            }
            if ((int)where.size() == capacity) {
                where.erase(order.back().first);
                order.pop_back();
            }
            order.emplace_front(k, v);
            where[k] = order.begin();
        }
    }
    cout << out;
}
