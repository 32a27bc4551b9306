// WA: a max-heap with lazy deletion for popMax, but pop only removes the element from the
// stack and forgets to tell the heap. A popped maximum stays in the heap, and getMax or popMax
// reports a value that is no longer in the stack. Passes every test where pop never removes
// the current maximum.
#include <bits/stdc++.h>
using namespace std;

class MaxStack {
public:
    void push(int x) {
        stack_.push_back({x, nextId_});
        heap_.push({x, nextId_});
        removed_.push_back(false);
        ++nextId_;
    }
    void pop() {
        cleanStack();
        stack_.pop_back();  // bug: removed_ is not set, the heap still holds this element
    }
    int top() {
        cleanStack();
        return stack_.back().first;
    }
    int getMax() {
        cleanHeap();
        return heap_.top().first;
    }
    int popMax() {
        cleanHeap();
        auto [x, id] = heap_.top();
        heap_.pop();
        removed_[id] = true;
        return x;
    }

private:
    void cleanStack() {
        while (removed_[stack_.back().second]) stack_.pop_back();
    }
    void cleanHeap() {
        while (removed_[heap_.top().second]) heap_.pop();
    }
    vector<pair<int, int>> stack_;           // (value, id)
    priority_queue<pair<int, int>> heap_;    // (value, id): the largest id first among ties
    vector<char> removed_;
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
