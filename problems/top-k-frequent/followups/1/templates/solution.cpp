#include <bits/stdc++.h>
using namespace std;

// Counts plays as they arrive and reports the k most played values at any moment.
class TopKCounter {
public:
    explicit TopKCounter(int k) : k_(k) {
        // TODO: set up your fields
    }

    // Record one play of value x.
    void add(int x) {
        // TODO
    }

    // Return min(k, d) distinct values played so far (d = how many distinct values were
    // played), each played at least as often as every value not returned; any order, ties
    // broken any way.
    vector<int> top() {
        // TODO
        return {};
    }

private:
    int k_;
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
