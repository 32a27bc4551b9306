// WA: stores values and the complement in 32-bit int. Every input number fits in an int, but
// target - a[j] can reach 4e9 in absolute value and wraps around, so a value that is NOT the
// complement can match (e.g. a = {2000000000, 2000000000}, target = -294967296).
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n, target;
  if (!(cin >> n >> target))
    return 0;
  vector<int> a(n);
  for (auto& x : a) cin >> x;
  unordered_map<int, int> seen;
  for (int j = 0; j < n; ++j) {
    int need = (int)((unsigned)target - (unsigned)a[j]);  // wraps like a plain int subtraction
    auto it = seen.find(need);
    if (it != seen.end()) {
      cout << it->second << ' ' << j << '\n';
      return 0;
    }
    seen.emplace(a[j], j);
  }
  cout << "-1 -1\n";
}
