// TLE: a hash map from key to (value, use count, last use time), and an eviction that scans
// every cached key for the smallest (count, time). Correct, O(1) for get and put of a cached
// key, but O(capacity) per eviction: about 4e9 entry visits on the largest tests.
#include <bits/stdc++.h>
using namespace std;

class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) {}

    int get(int key) {
        auto it = entries_.find(key);
        if (it == entries_.end()) return -1;
        ++it->second.count;
        it->second.time = ++clock_;
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries_.find(key);
        if (it != entries_.end()) {
            it->second.value = value;
            ++it->second.count;
            it->second.time = ++clock_;
            return;
        }
        if ((int)entries_.size() == capacity_) {
            auto victim = entries_.begin();
            for (auto e = entries_.begin(); e != entries_.end(); ++e) {
                const Entry& a = e->second;
                const Entry& b = victim->second;
                if (a.count < b.count || (a.count == b.count && a.time < b.time)) victim = e;
            }
            entries_.erase(victim);
        }
        entries_[key] = {value, 1, ++clock_};
    }

private:
    struct Entry {
        int value;
        int count;
        long long time;  // last use
    };
    int capacity_;
    long long clock_ = 0;
    unordered_map<int, Entry> entries_;
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
