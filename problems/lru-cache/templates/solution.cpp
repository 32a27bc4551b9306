#include <bits/stdc++.h>
using namespace std;

// A key-value cache of fixed capacity that evicts the least recently used key.
// get and put should take O(1) time on average.
class LRUCache {
public:
    explicit LRUCache(int capacity) : capacity_(capacity) {
        // TODO: set up your fields
    }

    // Return the value stored for key, or -1 if key is not cached.
    // A successful get makes key the most recently used.
    int get(int key) {
        // TODO
        return -1;
    }

    // Store value for key (replacing any old value) and make key the most recently used.
    // If this adds a key to a full cache, first evict the least recently used key.
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
    LRUCache cache(capacity);
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
