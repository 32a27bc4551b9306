// WA: two pointers, but the sum of the two values is computed in 32-bit int. Two values near
// 2e9 add up to more than 2^31 - 1; the sum wraps to a negative number, looks "too small",
// and the pointer moves the wrong way (or the wrapped sum equals the target by accident).
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
  int l = 0, r = n - 1;
  while (l < r) {
    int sum = (int)((unsigned)a[l] + (unsigned)a[r]);  // wraps like a plain int addition
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
