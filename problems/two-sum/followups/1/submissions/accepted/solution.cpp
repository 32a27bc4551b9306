// Two Sum on a sorted array: two pointers from both ends. O(n) time, O(1) extra space
// (the values themselves are kept as 32-bit ints: every input value fits in one).
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

  int l = 0, r = n - 1;
  while (l < r) {  // l < r: an element never pairs with itself
    const long long sum = (long long)a[l] + a[r];  // up to 4e9 in absolute value
    if (sum == target) {
      cout << l << ' ' << r << '\n';
      return 0;
    }
    if (sum > target)
      --r;  // a[r] is too large even with the smallest remaining partner
    else
      ++l;  // a[l] is too small even with the largest remaining partner
  }
  cout << "-1 -1\n";
}
