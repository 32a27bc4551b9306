// TOO SLOW: builds every ordered sequence of candidates that sums to the target (2+2+3,
// 2+3+2 and 3+2+2 separately), then sorts each one and removes duplicates with a set.
// Correct, but the number of ordered sequences is exponential in the target: with
// candidates 2..41 and target 40 there are about 6 * 10^7 of them for 6153 combinations.
#include <bits/stdc++.h>
using namespace std;

vector<int> cands, current;
set<vector<int>> found;

void search(int remaining) {
    if (remaining == 0) {
        vector<int> combo = current;
        sort(combo.begin(), combo.end());
        found.insert(combo);
        return;
    }
    for (int c : cands) {
        if (c > remaining) continue;
        current.push_back(c);
        search(remaining - c);
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
    search(target);
    cout << found.size() << '\n';
    for (const auto& combo : found) {
        for (size_t i = 0; i < combo.size(); ++i) cout << combo[i] << (i + 1 < combo.size() ? ' ' : '\n');
    }
}
