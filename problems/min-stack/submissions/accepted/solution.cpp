// Intended solution: a second stack of running minimums, O(1) per operation.
#include <bits/stdc++.h>
using namespace std;

// Each entry of mins_ is the minimum of the stack up to and including that entry.
class MinStack {
public:
    void push(int x) {
        values_.push_back(x);
        mins_.push_back(mins_.empty() ? x : min(x, mins_.back()));
    }
    void pop() {
        values_.pop_back();
        mins_.pop_back();
    }
    int top() { return values_.back(); }
    int getMin() { return mins_.back(); }

private:
    vector<int> values_;
    vector<int> mins_;
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
