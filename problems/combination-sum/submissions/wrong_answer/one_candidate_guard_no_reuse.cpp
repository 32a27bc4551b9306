// WRONG: handles one candidate as a special case (target divisible by it -> one combination),
// then backtracks with i + 1 instead of i, so in the general case every candidate is used at
// most once. The guard covers "2 used twenty times"; with several candidates, 2+2+3 = 7 is
// missed.
#include <bits/stdc++.h>
using namespace std;

vector<int> cands, current;
vector<string> found;

void search(size_t from, int remaining) {
    if (remaining == 0) {
        string line;
        for (size_t i = 0; i < current.size(); ++i) line += (i ? " " : "") + to_string(current[i]);
        found.push_back(line);
        return;
    }
    for (size_t i = from; i < cands.size() && cands[i] <= remaining; ++i) {
        current.push_back(cands[i]);
        search(i + 1, remaining - cands[i]);  // bug: i + 1, a candidate is never reused
        current.pop_back();
    }
}

int main() {
    int n, target;
    cin >> n >> target;
    cands.resize(n);
    for (auto& c : cands) cin >> c;
    if (n == 1) {
        if (target % cands[0] != 0) { cout << 0 << '\n'; return 0; }
        cout << 1 << '\n';
        for (int k = 0; k < target / cands[0]; ++k) cout << cands[0] << (k + 1 < target / cands[0] ? ' ' : '\n');
        return 0;
    }
    sort(cands.begin(), cands.end());
    search(0, target);
    cout << found.size() << '\n';
    for (auto& s : found) cout << s << '\n';
}
