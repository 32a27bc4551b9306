#include <bits/stdc++.h>
using namespace std;

// A stack of integers that also reports its minimum.
// Every operation should take O(1) time.
class MinStack {
public:
    MinStack() {
        // TODO: set up your fields
    }

    // Put x on top of the stack.
    void push(int x) {
        // TODO
    }

    // Remove the top element (the stack is never empty here).
    void pop() {
        // TODO
    }

    // Return the top element (the stack is never empty here).
    int top() {
        // TODO
        return 0;
    }

    // Return the smallest element in the stack (the stack is never empty here).
    int getMin() {
        // TODO
        return 0;
    }
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
