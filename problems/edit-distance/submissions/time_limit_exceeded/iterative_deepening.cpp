// TOO SLOW: tries budgets d = 0, 1, 2, ... and asks, by plain recursion, whether the words can
// be matched with at most d edits (matching letters are taken for free, a length difference
// larger than the budget is cut off). Correct, and quick when the answer is tiny, but each
// budget explores up to 3^d branches: with answers in the hundreds it never finishes.
#include <bits/stdc++.h>
using namespace std;

string a, b;

bool within(int i, int j, int d) {  // can a[0..i) become b[0..j) with at most d edits?
    if (abs(i - j) > d) return false;
    if (i == 0 || j == 0) return true;  // |i - j| <= d insertions or deletions
    if (a[i - 1] == b[j - 1]) return within(i - 1, j - 1, d);
    if (d == 0) return false;
    return within(i - 1, j - 1, d - 1) || within(i - 1, j, d - 1) || within(i, j - 1, d - 1);
}

int main() {
    getline(cin, a);
    getline(cin, b);
    if (!a.empty() && a.back() == '\r') a.pop_back();
    if (!b.empty() && b.back() == '\r') b.pop_back();
    for (int d = 0;; ++d)
        if (within((int)a.size(), (int)b.size(), d)) {
            cout << d << '\n';
            return 0;
        }
}
