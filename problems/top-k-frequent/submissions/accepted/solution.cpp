// Top k frequent: count with a hash map, then keep the k best (count, value) pairs with
// nth_element. O(n + d log d) at worst, where d is the number of distinct values.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    unordered_map<long long, int> count;
    count.reserve(n * 2 + 1);
    for (int i = 0; i < n; ++i) {
        long long x;
        cin >> x;
        ++count[x];
    }
    vector<pair<int, long long>> items;   // (-count, value): smallest first = most frequent
    items.reserve(count.size());
    for (auto& [v, c] : count) items.push_back({-c, v});
    nth_element(items.begin(), items.begin() + (k - 1), items.end());
    sort(items.begin(), items.begin() + k);   // a stable, readable order for the answer file
    for (int i = 0; i < k; ++i) cout << items[i].second << (i + 1 < k ? ' ' : '\n');
    return 0;
}
