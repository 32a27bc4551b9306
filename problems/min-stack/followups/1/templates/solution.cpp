#include <bits/stdc++.h>
using namespace std;

// A stack of integers that also reports its maximum and can remove it from anywhere.
// Every operation should take O(log n) time.
class MaxStack {
public:
    MaxStack() {
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

    // Return the largest element in the stack (the stack is never empty here).
    int getMax() {
        // TODO
        return 0;
    }

    // Remove the largest element and return it; if it occurs several times, remove the copy
    // nearest the top (the stack is never empty here).
    int popMax() {
        // TODO
        return 0;
    }
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
