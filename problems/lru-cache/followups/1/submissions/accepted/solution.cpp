// Intended solution: O(1) LFU. Keys are grouped by use count; each group is a recency list
// (most recent at the front), and minFreq_ is the smallest count present. A use moves the key
// from the list of count f to the front of the list of count f + 1; an eviction drops the
// back of the list of count minFreq_; a new key starts at count 1, so minFreq_ becomes 1.
#include <bits/stdc++.h>
using namespace std;

class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) { entries_.reserve(2 * capacity); }

    int get(int key) {
        auto it = entries_.find(key);
        if (it == entries_.end()) return -1;
        touch(key, it->second);
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries_.find(key);
        if (it != entries_.end()) {
            it->second.value = value;
            touch(key, it->second);
            return;
        }
        if ((int)entries_.size() == capacity_) {  // evict: fewest uses, then least recent
            auto group = byCount_.find(minFreq_);
            const int victim = group->second.back();
            group->second.pop_back();
            if (group->second.empty()) byCount_.erase(group);
            entries_.erase(victim);
        }
        list<int>& ones = byCount_[1];
        ones.push_front(key);
        entries_.emplace(key, Entry{value, 1, ones.begin()});
        minFreq_ = 1;
    }

private:
    struct Entry {
        int value;
        int count;
        list<int>::iterator pos;  // the key's node in byCount_[count]
    };

    // One more use of key: from the list of its count to the front of the next one.
    void touch(int key, Entry& e) {
        auto group = byCount_.find(e.count);
        group->second.erase(e.pos);
        if (group->second.empty()) {
            byCount_.erase(group);
            if (minFreq_ == e.count) ++minFreq_;  // the key itself now has that count + 1
        }
        ++e.count;
        list<int>& next = byCount_[e.count];
        next.push_front(key);
        e.pos = next.begin();
    }

    int capacity_;
    int minFreq_ = 0;
    unordered_map<int, Entry> entries_;
    unordered_map<int, list<int>> byCount_;  // count -> keys, most recently used first
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
