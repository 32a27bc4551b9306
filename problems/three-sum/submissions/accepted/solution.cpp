// Three Sum: sort, then for each first element a two-pointer scan of the rest.
// O(n^2) time, O(1) extra space besides the output. Triplets come out in lexicographic order.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<long long> a(n);  // 64-bit: a sum of three values can reach 6e9
  for (auto& x : a) cin >> x;
  sort(a.begin(), a.end());

  vector<array<long long, 3>> res;
  for (int i = 0; i + 2 < n; ++i) {
    if (a[i] > 0)
      break;  // the smallest of the three must be <= 0
    if (i > 0 && a[i] == a[i - 1])
      continue;  // same first value: same triplets
    int l = i + 1, r = n - 1;
    while (l < r) {
      long long s = a[i] + a[l] + a[r];
      if (s < 0) {
        ++l;
      } else if (s > 0) {
        --r;
      } else {
        res.push_back({a[i], a[l], a[r]});
        long long b = a[l], c = a[r];
        while (l < r && a[l] == b) ++l;
        while (l < r && a[r] == c) --r;
      }
    }
  }
  string out = to_string(res.size()) + '\n';
  for (auto& t : res) out += to_string(t[0]) + ' ' + to_string(t[1]) + ' ' + to_string(t[2]) + '\n';
  cout << out;
}
