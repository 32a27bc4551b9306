#include <bits/stdc++.h>
using namespace std;

// A key-value store that keeps every version of every key.
// For each key, set is called with strictly increasing timestamps.
class TimeMap {
public:
    TimeMap() {
        // TODO: set up your fields
    }

    // Store value for key at the given timestamp.
    void set(const string& key, const string& value, int timestamp) {
        // TODO
    }

    // Return the value stored for key with the largest timestamp <= timestamp,
    // or "-" if there is none (key never set, or set only later).
    string get(const string& key, int timestamp) {
        // TODO
        return "";
    }
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
