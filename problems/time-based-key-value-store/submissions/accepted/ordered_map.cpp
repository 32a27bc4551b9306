// Accepted: a balanced tree (std::map) of timestamp -> value per key; get uses upper_bound.
#include <bits/stdc++.h>
using namespace std;

// A key-value store that keeps every version of every key.
// For each key, set is called with strictly increasing timestamps.
class TimeMap {
public:
    void set(const string& key, const string& value, int timestamp) {
        versions_[key][timestamp] = value;
    }

    string get(const string& key, int timestamp) {
        auto it = versions_.find(key);
        if (it == versions_.end()) return "-";
        auto v = it->second.upper_bound(timestamp);
        if (v == it->second.begin()) return "-";
        return prev(v)->second;
    }

private:
    unordered_map<string, map<int, string>> versions_;
};
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    TimeMap store;
    string op, key, value, out;
    for (int i = 0; i < q; ++i) {
        int timestamp;
        cin >> op >> key;
        if (op == "set") {
            cin >> value >> timestamp;
            store.set(key, value, timestamp);
        } else {  // "get"
            cin >> timestamp;
            out += store.get(key, timestamp);
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
