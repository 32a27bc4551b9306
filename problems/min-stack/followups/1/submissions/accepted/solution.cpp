// Max stack with popMax in O(log n) per operation. Every pushed element gets an increasing id
// (its position in push order). Two ordered sets index the live elements: by id (the stack
// order: the top is the largest id) and by (value, id) (the maximum is the last entry; among
// equal values the largest id, i.e. the copy nearest the top). pop and popMax erase the
// element from both sets.
#include <bits/stdc++.h>
using namespace std;

class MaxStack {
public:
    void push(int x) {
        byId_.insert({nextId_, x});
        byValue_.insert({x, nextId_});
        ++nextId_;
    }
    void pop() {
        auto it = prev(byId_.end());
        byValue_.erase({it->second, it->first});
        byId_.erase(it);
    }
    int top() { return prev(byId_.end())->second; }
    int getMax() { return prev(byValue_.end())->first; }
    int popMax() {
        auto it = prev(byValue_.end());
        const int x = it->first;
        byId_.erase({it->second, x});
        byValue_.erase(it);
        return x;
    }

private:
    set<pair<int, int>> byId_;     // (id, value)
    set<pair<int, int>> byValue_;  // (value, id)
    int nextId_ = 0;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    MaxStack stack;
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
        } else if (op == "getMax") {
            out += to_string(stack.getMax());
            out += '\n';
        } else {  // "popMax"
            out += to_string(stack.popMax());
            out += '\n';
        }
    }
    cout << out;
    return 0;
}
