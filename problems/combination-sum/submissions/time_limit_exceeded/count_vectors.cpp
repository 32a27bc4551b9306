// TOO SLOW: tries every vector of counts -- candidate i used 0, 1, ..., target / c_i times --
// and checks the sum only once all counts are chosen. Correct, but it never prunes a branch
// whose partial sum already passed the target: with candidates 2..41 and target 40 the number
// of count vectors is about 2.6 * 10^19.
#include <bits/stdc++.h>
using namespace std;

int n, target;
vector<int> cands, cnt;
vector<string> found;

void go(int i, int sum) {
    if (i == n) {
        if (sum != target) return;
        string line;
        for (int j = 0; j < n; ++j)
            for (int k = 0; k < cnt[j]; ++k) {
                if (!line.empty()) line += ' ';
                line += to_string(cands[j]);
            }
        found.push_back(line);
        return;
    }
    for (int k = 0; k <= target / cands[i]; ++k) {  // no check against the running sum
        cnt[i] = k;
        go(i + 1, sum + k * cands[i]);
    }
    cnt[i] = 0;
}

int main() {
    cin >> n >> target;
    cands.resize(n);
    for (auto& c : cands) cin >> c;
    sort(cands.begin(), cands.end());
    cnt.assign(n, 0);
    go(0, 0);
    cout << found.size() << '\n';
    for (auto& s : found) cout << s << '\n';
}
