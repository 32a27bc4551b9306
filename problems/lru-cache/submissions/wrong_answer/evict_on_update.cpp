// WA: put evicts whenever the cache is full, even when the key is already cached and is
// only being updated, so an innocent key disappears.
#include <bits/stdc++.h>
using namespace std;

class LRUCache {
public:
    explicit LRUCache(int capacity) : capacity_(capacity) {}

    int get(int key) {
        auto it = where_.find(key);
        if (it == where_.end()) return -1;
        order_.splice(order_.begin(), order_, it->second);
        return it->second->second;
    }

    void put(int key, int value) {
        // Bug: the capacity check runs before looking the key up.
        if ((int)where_.size() == capacity_) {
            where_.erase(order_.back().first);
            order_.pop_back();
        }
        auto it = where_.find(key);
        if (it != where_.end()) {
            it->second->second = value;
            order_.splice(order_.begin(), order_, it->second);
            return;
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
