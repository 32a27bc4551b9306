// Intended solution: hash map from key to a node of a recency list, O(1) per operation.
#include <bits/stdc++.h>
using namespace std;

// order_ lists the cached (key, value) pairs from the most to the least recently used;
// where_ maps a key to its node in order_, so a node can be moved or erased in O(1).
class LRUCache {
public:
    explicit LRUCache(int capacity) : capacity_(capacity) { where_.reserve(2 * capacity); }

    int get(int key) {
        auto it = where_.find(key);
        if (it == where_.end()) return -1;
        order_.splice(order_.begin(), order_, it->second);  // move to the front, O(1)
        return it->second->second;
    }

    void put(int key, int value) {
        auto it = where_.find(key);
        if (it != where_.end()) {
            it->second->second = value;
            order_.splice(order_.begin(), order_, it->second);
            return;
        }
        if ((int)where_.size() == capacity_) {
            where_.erase(order_.back().first);  // evict the least recently used
            order_.pop_back();
        }
        order_.emplace_front(key, value);
        where_[key] = order_.begin();
    }

private:
    int capacity_;
    list<pair<int, int>> order_;
    unordered_map<int, list<pair<int, int>>::iterator> where_;
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
