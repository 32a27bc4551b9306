// TLE: correct, but finds the least recently used key by scanning every cached key:
// O(capacity) per eviction: 5e9 steps when 67000 new keys each evict from a cache of 75000.
#include <bits/stdc++.h>
using namespace std;

class LRUCache {
public:
    explicit LRUCache(int capacity) : capacity_(capacity) {}

    int get(int key) {
        auto it = entries_.find(key);
        if (it == entries_.end()) return -1;
        it->second.second = ++clock_;
        return it->second.first;
    }

    void put(int key, int value) {
        auto it = entries_.find(key);
        if (it != entries_.end()) {
            it->second = {value, ++clock_};
            return;
        }
        if ((int)entries_.size() == capacity_) {
            auto oldest = entries_.begin();
            for (auto e = entries_.begin(); e != entries_.end(); ++e) {
                if (e->second.second < oldest->second.second) oldest = e;
            }
            entries_.erase(oldest);
        }
        entries_[key] = {value, ++clock_};
    }

private:
    int capacity_;
    long long clock_ = 0;
    unordered_map<int, pair<int, long long>> entries_;  // key -> (value, last use time)
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
