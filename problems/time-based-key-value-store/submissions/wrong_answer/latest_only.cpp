// WA: keeps only the newest version of each key (a plain hash map) and returns it whenever its
// timestamp is <= t; older versions are lost.
#include <bits/stdc++.h>
using namespace std;

// A key-value store that keeps every version of every key.
// For each key, set is called with strictly increasing timestamps.
class TimeMap {
public:
    void set(const string& key, const string& value, int timestamp) {
        latest_[key] = {timestamp, value};
    }

    string get(const string& key, int timestamp) {
        auto it = latest_.find(key);
        if (it == latest_.end() || it->second.first > timestamp) return "-";
        return it->second.second;
    }

private:
    unordered_map<string, pair<int, string>> latest_;
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
