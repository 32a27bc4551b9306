// WA: the O(1) LFU structure, but a new key does not reset minFreq_ to 1. After the least used
// keys have been used a few times (minFreq_ = 3, say), a new key with count 1 is inserted and
// the next eviction still takes the least recent key of count 3 instead of the new key. A
// defensive fallback (an ordered map of counts: when the group of minFreq_ is gone, take the
// smallest count) hides the crash that would otherwise give the bug away.
#include <bits/stdc++.h>
using namespace std;

class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) {}

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
        if ((int)entries_.size() == capacity_) {
            auto group = byCount_.find(minFreq_);
            if (group == byCount_.end()) group = byCount_.begin();
            const int victim = group->second.back();
            group->second.pop_back();
            if (group->second.empty()) byCount_.erase(group);
            entries_.erase(victim);
        }
        list<int>& ones = byCount_[1];
        ones.push_front(key);
        entries_.emplace(key, Entry{value, 1, ones.begin()});
        // bug: minFreq_ = 1 is missing
    }

private:
    struct Entry {
        int value;
        int count;
        list<int>::iterator pos;
    };

    void touch(int key, Entry& e) {
        auto group = byCount_.find(e.count);
        group->second.erase(e.pos);
        if (group->second.empty()) {
            byCount_.erase(group);
            if (minFreq_ == e.count) ++minFreq_;
        }
        ++e.count;
        list<int>& next = byCount_[e.count];
        next.push_front(key);
        e.pos = next.begin();
    }

    int capacity_;
    int minFreq_ = 1;
    unordered_map<int, Entry> entries_;
    map<int, list<int>> byCount_;
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
