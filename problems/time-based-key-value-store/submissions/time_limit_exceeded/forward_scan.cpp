// TLE: get walks the versions from the oldest one while the timestamps are <= t: O(n) per get,
// fast for early timestamps but not for recent ones.
#include <bits/stdc++.h>
using namespace std;

// A key-value store that keeps every version of every key.
// For each key, set is called with strictly increasing timestamps.
class TimeMap {
public:
    void set(const string& key, const string& value, int timestamp) {
        auto& v = versions_[key];
        v.times.push_back(timestamp);
        v.values.push_back(value);
    }

    string get(const string& key, int timestamp) {
        auto it = versions_.find(key);
        if (it == versions_.end()) return "-";
        const auto& times = it->second.times;
        size_t i = 0;
        while (i < times.size() && times[i] <= timestamp) ++i;
        return i == 0 ? "-" : it->second.values[i - 1];
    }

private:
    struct Versions {
        vector<int> times;
        vector<string> values;
    };
    unordered_map<string, Versions> versions_;
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
