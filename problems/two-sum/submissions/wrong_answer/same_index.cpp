// WA: builds the whole value -> index map first, then for each i looks up target - a[i]
// without checking that the index found is a different one. With target = 2 * a[i] and a[i]
// appearing once, it pairs the element with itself ("i i").
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  long long target;
  if (!(cin >> n >> target))
    return 0;
  vector<long long> a(n);
  for (auto& x : a) cin >> x;
  unordered_map<long long, int> where;
  for (int i = 0; i < n; ++i) where[a[i]] = i;  // last index of each value
  for (int i = 0; i < n; ++i) {
    auto it = where.find(target - a[i]);
    if (it != where.end()) {
      cout << min(i, it->second) << ' ' << max(i, it->second) << '\n';
      return 0;
    }
  }
  cout << "-1 -1\n";
}
