// Trapping Rain Water with O(1) extra space: two pointers with running maxima.
// The heights are kept as 32-bit ints (each is at most 1e9); the total needs 64 bits.
// O(n) time, O(1) space besides the heights.
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

  long long water = 0;  // up to about 3e15: needs 64 bits
  int l = 0, r = n - 1;
  int maxL = 0, maxR = 0;
  while (l < r) {
    maxL = max(maxL, h[l]);
    maxR = max(maxR, h[r]);
    if (maxL <= maxR) {  // bar l's level is maxL: its right side has a wall >= maxR >= maxL
      water += maxL - h[l];
      ++l;
    } else {
      water += maxR - h[r];
      --r;
    }
  }
  cout << water << '\n';
}
