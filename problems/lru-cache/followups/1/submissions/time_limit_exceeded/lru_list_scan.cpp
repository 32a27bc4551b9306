// TLE: the first stage's answer (a recency list and a hash map) with a use count per entry.
// get and put stay O(1), but the victim is found by scanning the recency list from the least
// recently used end for the smallest count (the first one found is the least recent among
// the least used). It even stops early at a count of 1, the smallest possible. Still O(capacity)
// per eviction: when the cache is full of keys used twice and each new key (count 1, the most
// recent) evicts the previous one, every scan walks past all the others: about 2e9 steps.
#include <bits/stdc++.h>
using namespace std;

class LFUCache {
public:
    explicit LFUCache(int capacity) : capacity_(capacity) { where_.reserve(2 * capacity); }

    int get(int key) {
        auto it = where_.find(key);
        if (it == where_.end()) return -1;
        ++it->second->count;
        order_.splice(order_.begin(), order_, it->second);  // move to the front, O(1)
        return it->second->value;
    }

    void put(int key, int value) {
        auto it = where_.find(key);
        if (it != where_.end()) {
            it->second->value = value;
            ++it->second->count;
            order_.splice(order_.begin(), order_, it->second);
            return;
        }
        if ((int)where_.size() == capacity_) {
            auto victim = prev(order_.end());
            for (auto node = order_.rbegin(); node != order_.rend(); ++node) {
                if (node->count < victim->count) victim = prev(node.base());
                if (victim->count == 1) break;  // nothing is used less than once
            }
            where_.erase(victim->key);
            order_.erase(victim);
        }
        order_.push_front({key, value, 1});
        where_[key] = order_.begin();
    }

private:
    struct Node {
        int key;
        int value;
        int count;
    };
    int capacity_;
    list<Node> order_;  // most recently used first
    unordered_map<int, list<Node>::iterator> where_;
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
