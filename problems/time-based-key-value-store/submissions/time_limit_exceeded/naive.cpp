// TLE: get scans the versions of the key from the newest one backwards until a timestamp <= t:
// O(n) per get, about 5e9 steps for 100000 gets over a key with 100000 versions.
#include <bits/stdc++.h>
using namespace std;

// A key-value store that keeps every version of every key.
// For each key, set is called with strictly increasing timestamps.
class TimeMap {
public:
    void set(const string& key, const string& value, int timestamp) {
        versions_[key].push_back({timestamp, value});
    }

    string get(const string& key, int timestamp) {
        auto it = versions_.find(key);
        if (it == versions_.end()) return "-";
        const auto& v = it->second;
        for (size_t i = v.size(); i-- > 0;) {
            if (v[i].first <= timestamp) return v[i].second;
        }
        return "-";
    }

private:
    unordered_map<string, vector<pair<int, string>>> versions_;
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
