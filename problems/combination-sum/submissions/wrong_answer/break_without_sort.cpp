// WRONG: stops the loop at the first candidate larger than what remains ("break"), but
// never sorts the candidates. With unsorted input, smaller candidates after a large one
// are skipped, so combinations go missing.
#include <bits/stdc++.h>
using namespace std;

vector<int> cands, current;
vector<vector<int>> found;

void search(size_t from, int remaining) {
    if (remaining == 0) {
        vector<int> combo = current;
        sort(combo.begin(), combo.end());
        found.push_back(combo);
        return;
    }
    for (size_t i = from; i < cands.size(); ++i) {
        if (cands[i] > remaining) break;
        current.push_back(cands[i]);
        search(i, remaining - cands[i]);
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
    search(0, target);
    cout << found.size() << '\n';
    for (const auto& combo : found) {
        for (size_t i = 0; i < combo.size(); ++i) cout << combo[i] << (i + 1 < combo.size() ? ' ' : '\n');
    }
}
