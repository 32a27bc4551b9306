// WA: the loop runs while l <= r, so when the pointers meet on one element whose double is
// the target, that element is paired with itself ("i i"). Guarded by the cheap n < 2 check,
// which does not help: the trap needs at least three values.
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
  if (n < 2) {
    cout << "-1 -1\n";
    return 0;
  }
  int l = 0, r = n - 1;
  while (l <= r) {
    const long long sum = a[l] + a[r];
    if (sum == target) {
      cout << l << ' ' << r << '\n';
      return 0;
    }
    if (sum > target)
      --r;
    else
      ++l;
  }
  cout << "-1 -1\n";
}
