// TLE: tries every pair (i, j), O(n^2). Correct, but about 2e10 pair checks when
// n = 200000 and the only valid pair is at the very end.
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
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      if (a[i] + a[j] == target) {
        cout << i << ' ' << j << '\n';
        return 0;
      }
  cout << "-1 -1\n";
}
