// WA: correct two-pointer algorithm, but the total is a 32-bit int. Each bar holds at most
// 1e9, yet the total reaches about 2e14 and wraps around.
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
  int water = 0;
  int l = 0, r = n - 1, maxL = 0, maxR = 0;
  while (l < r) {
    maxL = max(maxL, h[l]);
    maxR = max(maxR, h[r]);
    if (maxL <= maxR) {
      water = (int)((unsigned)water + (unsigned)(maxL - h[l]));  // wraps like int +=
      ++l;
    } else {
      water = (int)((unsigned)water + (unsigned)(maxR - h[r]));
      --r;
    }
  }
  cout << water << '\n';
}
