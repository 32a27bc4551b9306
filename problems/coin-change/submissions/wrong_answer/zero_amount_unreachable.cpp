// WRONG: breadth-first search over the sums, one coin per level, that only checks the sums it
// has just produced. An amount of 0 is never produced, so it prints -1 instead of 0.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long amount;
    if (!(cin >> n >> amount)) return 0;
    vector<long long> coins(n);
    for (auto& c : coins) cin >> c;
    vector<char> seen(amount + 1, 0);
    vector<long long> level = {0};
    for (int steps = 1; !level.empty(); ++steps) {
        vector<long long> next;
        for (long long s : level)
            for (long long c : coins) {
                if (c > amount - s) continue;
                long long t = s + c;
                if (t == amount) { cout << steps << '\n'; return 0; }
                if (!seen[t]) { seen[t] = 1; next.push_back(t); }
            }
        level.swap(next);
    }
    cout << -1 << '\n';
}
