// TLE: the first stage's answer turned into a max stack (values and running maxima), with
// popMax done the natural way: pop into a buffer until the maximum is on top, drop it, and
// push the buffer back. Correct, but O(size) per popMax: when the maximum sits at the bottom
// (decreasing pushes), 250000 popMax calls move about 3e10 elements.
#include <bits/stdc++.h>
using namespace std;

// Each entry of maxs_ is the maximum of the stack up to and including that entry.
class MaxStack {
public:
    void push(int x) {
        values_.push_back(x);
        maxs_.push_back(maxs_.empty() ? x : max(x, maxs_.back()));
    }
    void pop() {
        values_.pop_back();
        maxs_.pop_back();
    }
    int top() { return values_.back(); }
    int getMax() { return maxs_.back(); }
    int popMax() {
        const int m = maxs_.back();
        vector<int> buffer;
        while (values_.back() != m) {  // the topmost copy of the maximum
            buffer.push_back(values_.back());
            pop();
        }
        pop();
        while (!buffer.empty()) {
            push(buffer.back());
            buffer.pop_back();
        }
        return m;
    }

private:
    vector<int> values_;
    vector<int> maxs_;
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
