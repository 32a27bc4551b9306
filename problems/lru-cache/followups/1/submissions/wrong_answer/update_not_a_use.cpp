// WA: treats only get as a use. put on a cached key replaces the value but leaves the key's
// count and recency alone, so a key kept alive by updates is evicted as if unused. Behind
// the cheap guard "capacity 1: just keep the last key", where the bug cannot show.
#include <bits/stdc++.h>
using namespace std;

class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) {}

    int get(int key) {
        if (capacity_ == 1) return key == onlyKey_ ? onlyValue_ : -1;
        auto it = entries_.find(key);
        if (it == entries_.end()) return -1;
        touch(key, it->second);
        return it->second.value;
    }

    void put(int key, int value) {
        if (capacity_ == 1) {
            onlyKey_ = key;
            onlyValue_ = value;
            return;
        }
        auto it = entries_.find(key);
        if (it != entries_.end()) {
            it->second.value = value;  // bug: no touch(), an update is not counted as a use
            return;
        }
        if ((int)entries_.size() == capacity_) {
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
    int minFreq_ = 0;
    int onlyKey_ = -1, onlyValue_ = -1;
    unordered_map<int, Entry> entries_;
    unordered_map<int, list<int>> byCount_;
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
