// WA: pushes onto the min stack only when x is strictly smaller than the current minimum.
// A repeated minimum is recorded once, so popping one copy forgets that another remains.
#include <bits/stdc++.h>
using namespace std;

class MinStack {
public:
    void push(int x) {
        values_.push_back(x);
        if (x < mins_.back()) mins_.push_back(x);  // Bug: must be <=
    }
    void pop() {
        if (values_.back() == mins_.back()) mins_.pop_back();
        values_.pop_back();
    }
    int top() { return values_.back(); }
    int getMin() { return (int)mins_.back(); }

private:
    vector<int> values_;
    vector<long long> mins_{LLONG_MAX};  // sentinel, never popped: no int equals it
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
