// WA: a greedy that cuts the prices into maximal rising runs (valley to peak) and adds up the
// k largest rises. It never holds a share through a dip: with prices 1 5 3 7 and k = 1 it
// answers 4 (1 -> 5 or 3 -> 7), but buying at 1 and selling at 7 earns 6.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0, k = 0;
    cin >> n >> k;
    vector<long long> p(n);
    for (auto& x : p) cin >> x;
    vector<long long> rises;
    int i = 0;
    while (i + 1 < n) {
        while (i + 1 < n && p[i + 1] <= p[i]) i++;  // valley
        int j = i;
        while (j + 1 < n && p[j + 1] > p[j]) j++;  // peak
        if (j > i) rises.push_back(p[j] - p[i]);
        i = j;
    }
    sort(rises.rbegin(), rises.rend());
    long long total = 0;
    for (int t = 0; t < k && t < (int)rises.size(); t++) total += rises[t];
    cout << total << "\n";
    return 0;
}
