// Trapping Rain Water: two pointers with running maxima. O(n) time, O(1) extra space.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<long long> h(n);
  for (auto& x : h) cin >> x;

  long long water = 0;  // up to about 2e14: needs 64 bits
  int l = 0, r = n - 1;
  long long maxL = 0, maxR = 0;
  while (l < r) {
    maxL = max(maxL, h[l]);
    maxR = max(maxR, h[r]);
    if (maxL <= maxR) {  // the left side's level is decided by maxL alone
      water += maxL - h[l];
      ++l;
    } else {
      water += maxR - h[r];
      --r;
    }
  }
  cout << water << '\n';
}
