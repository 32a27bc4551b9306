// TOO SLOW: counts with a hash map (fine), then k times scans all distinct values for the one
// with the largest count, prints it and removes it. Correct, but O(n + k * d): with 200000
// distinct values and k = 100000 that is 2 * 10^10 steps.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    unordered_map<long long, int> count;
    for (int i = 0; i < n; ++i) {
        long long x;
        cin >> x;
        ++count[x];
    }
    vector<pair<int, long long>> items;  // (count, value)
    for (auto& [v, c] : count) items.push_back({c, v});
    for (int round = 0; round < k; ++round) {
        size_t best = 0;
        for (size_t i = 1; i < items.size(); ++i)
            if (items[i].first > items[best].first) best = i;
        cout << items[best].second << (round + 1 < k ? ' ' : '\n');
        items[best].first = -1;  // removed
    }
}
