// MLE: the prefix/suffix-maximum answer written as tightly as it goes, with 32-bit heights
// and 32-bit maxima: still two extra arrays, 12 bytes per bar in all (about 39 MB for
// n = 3e6 with the program itself) against 32 MiB. Only the two-pointer scan, which keeps
// the maxima in two variables, fits.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<int> h(n);
  for (auto& x : h) cin >> x;
  if (n == 0) {
    cout << 0 << '\n';
    return 0;
  }
  vector<int> leftMax(n), rightMax(n);
  leftMax[0] = h[0];
  for (int i = 1; i < n; ++i) leftMax[i] = max(leftMax[i - 1], h[i]);
  rightMax[n - 1] = h[n - 1];
  for (int i = n - 2; i >= 0; --i) rightMax[i] = max(rightMax[i + 1], h[i]);
  long long water = 0;
  for (int i = 0; i < n; ++i) water += min(leftMax[i], rightMax[i]) - h[i];
  cout << water << '\n';
}
