// TLE: correct, but getMin scans the whole stack: O(size) per query, 2.25e10 steps on the
// maximal test (150000 pushes, then 150000 getMin).
#include <bits/stdc++.h>
using namespace std;

class MinStack {
public:
    void push(int x) { values_.push_back(x); }
    void pop() { values_.pop_back(); }
    int top() { return values_.back(); }
    int getMin() {
        int best = values_[0];
        for (int v : values_) {
            if (v < best) best = v;
        }
        return best;
    }

private:
    vector<int> values_;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    MinStack stack;
    string op, out;
    for (int i = 0; i < q; ++i) {
        cin >> op;
        if (op == "push") {
            int x;
            cin >> x;
            stack.push(x);
        } else if (op == "pop") {
            stack.pop();
        } else if (op == "top") {
            out += to_string(stack.top());
            out += '\n';
        } else {  // "getMin"
            out += to_string(stack.getMin());
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
