// Follow-up: a hash map value -> count, plus an ordered set of (-count, value) holding every
// value played so far, most played first. A play erases the value's old entry and inserts
// the new one: O(log d). A query reads the first min(k, d) entries of the set: O(k).
#include <bits/stdc++.h>
using namespace std;

class TopKCounter {
public:
    explicit TopKCounter(int k) : k_(k) {}

    void add(int x) {
        int& c = count_[x];
        if (c > 0) byCount_.erase({-c, x});
        ++c;
        byCount_.insert({-c, x});
    }

    vector<int> top() const {
        vector<int> out;
        for (auto it = byCount_.begin(); it != byCount_.end() && (int)out.size() < k_; ++it)
            out.push_back(it->second);
        return out;
    }

private:
    int k_;
    unordered_map<int, int> count_;
    set<pair<int, int>> byCount_;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k, q;
    cin >> k >> q;
    TopKCounter counter(k);
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "add") {
            int x;
            cin >> x;
            counter.add(x);
        } else {  // "top"
            vector<int> t = counter.top();
            for (size_t j = 0; j < t.size(); ++j) {
                if (j) out += ' ';
                out += to_string(t[j]);
            }
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
