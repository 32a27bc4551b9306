#include <bits/stdc++.h>
using namespace std;

// A key-value cache of fixed capacity that evicts the least frequently used key
// (among keys with the same use count, the least recently used one).
// get and put should take O(1) time on average (O(log n) is fine too).
class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) {
        // TODO: set up your fields
    }

    // Return the value stored for key, or -1 if key is not cached.
    // A successful get is a use of key: its count goes up by 1.
    int get(int key) {
        // TODO
        return -1;
    }

    // Store value for key. Updating a cached key is a use (its count goes up by 1);
    // a new key starts at count 1. If this adds a key to a full cache, first evict the
    // key with the smallest count (the least recently used one among equal counts).
    void put(int key, int value) {
        // TODO
    }

private:
    int capacity_;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int capacity, q;
    cin >> capacity >> q;
    LFUCache cache(capacity);
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "get") {
            int key;
            cin >> key;
            out += to_string(cache.get(key));
            out += '\n';
        } else {  // "put"
            int key, value;
            cin >> key >> value;
            cache.put(key, value);
        }
    }
    cout << out;
    return 0;
}
