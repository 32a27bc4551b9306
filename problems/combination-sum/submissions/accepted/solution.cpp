// Backtracking over the sorted candidates: each combination is built in non-decreasing
// order (the next number is never smaller than the last one), so no combination is built
// twice, and the loop stops at the first candidate that no longer fits.
#include <bits/stdc++.h>
using namespace std;

vector<int> cands, current;
string out;
int found = 0;

void search(size_t from, int remaining) {
    if (remaining == 0) {
        ++found;
        for (size_t i = 0; i < current.size(); ++i) {
            if (i) out += ' ';
            out += to_string(current[i]);
        }
        out += '\n';
        return;
    }
    for (size_t i = from; i < cands.size() && cands[i] <= remaining; ++i) {
        current.push_back(cands[i]);
        search(i, remaining - cands[i]);  // i, not i + 1: a candidate may be reused
        current.pop_back();
    }
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, target;
    if (!(cin >> n >> target)) return 0;
    cands.resize(n);
    for (auto& c : cands) cin >> c;
    sort(cands.begin(), cands.end());
    search(0, target);
    cout << found << '\n' << out;
}
