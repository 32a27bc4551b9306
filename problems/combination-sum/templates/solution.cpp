#include <bits/stdc++.h>
using namespace std;

// Return every distinct combination of candidates (each may be used any number of times)
// that sums to target. Each combination is a multiset: return it once, in any order; the
// combinations themselves may come in any order.
vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
    // TODO: your code here
    return {};
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, target;
    cin >> n >> target;
    vector<int> candidates(n);
    for (auto& c : candidates) cin >> c;
    vector<vector<int>> combos = combinationSum(candidates, target);
    cout << combos.size() << '\n';
    for (auto& combo : combos) {
        sort(combo.begin(), combo.end());  // the output lists each combination in non-decreasing order
        for (size_t i = 0; i < combo.size(); ++i) cout << combo[i] << (i + 1 < combo.size() ? " " : "");
        cout << '\n';
    }
    return 0;
}
