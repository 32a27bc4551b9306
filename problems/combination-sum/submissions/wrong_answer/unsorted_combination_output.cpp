// WRONG: a correct search over the candidates in their input order (it uses `continue`, so no
// combination goes missing), but it never sorts, so with unsorted input a combination comes out
// as "6 2 2 2" instead of in non-decreasing order. Sorted input hides it.
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
    for (size_t i = from; i < cands.size(); ++i) {
        if (cands[i] > remaining) continue;
        current.push_back(cands[i]);
        search(i, remaining - cands[i]);
        current.pop_back();
    }
}

int main() {
    int n, target;
    cin >> n >> target;
    cands.resize(n);
    for (auto& c : cands) cin >> c;
    search(0, target);
    cout << found.size() << '\n';
    for (auto& s : found) cout << s << '\n';
}
