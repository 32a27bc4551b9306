// WA: keeps the window sum in a 32-bit int. Values up to 1e9 make the sum wrap around after a
// few elements, so windows whose true sum reaches S are missed (e.g. five times 1e9, S = 5e9).
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  long long target;
  if (!(cin >> n >> target))
    return 0;
  vector<int> a(n);
  for (auto& x : a) cin >> x;
  int sum = 0;
  int best = INT_MAX, left = 0;
  for (int right = 0; right < n; ++right) {
    sum = (int)((unsigned)sum + (unsigned)a[right]);  // wraps like a plain int addition
    while (left <= right && sum >= target) {
      best = min(best, right - left + 1);
      sum = (int)((unsigned)sum - (unsigned)a[left++]);
    }
  }
  cout << (best == INT_MAX ? 0 : best) << '\n';
}
