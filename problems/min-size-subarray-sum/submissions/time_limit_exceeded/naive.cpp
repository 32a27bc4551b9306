// TLE: for every start, extends to the right until the sum reaches S. Correct, but O(n^2)
// when windows are long or do not exist: about 2e10 additions for n = 200000 and S = total + 1.
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
  int best = 0;
  for (int i = 0; i < n; ++i) {
    long long sum = 0;
    for (int j = i; j < n; ++j) {
      sum += a[j];
      if (sum >= target) {
        if (best == 0 || j - i + 1 < best)
          best = j - i + 1;
        break;
      }
    }
  }
  cout << best << '\n';
}
