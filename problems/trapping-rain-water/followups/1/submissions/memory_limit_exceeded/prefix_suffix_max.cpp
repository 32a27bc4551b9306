// MLE in this follow-up: the first stage's textbook O(n)-space answer. Water above bar i is
// min(leftMax[i], rightMax[i]) - h[i], with both maxima precomputed in arrays of n 64-bit
// values: 24 bytes per bar with the heights, about 75 MB for n = 3e6 against 32 MiB.
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
  if (n == 0) {
    cout << 0 << '\n';
    return 0;
  }
  vector<long long> leftMax(n), rightMax(n);
  leftMax[0] = h[0];
  for (int i = 1; i < n; ++i) leftMax[i] = max(leftMax[i - 1], h[i]);
  rightMax[n - 1] = h[n - 1];
  for (int i = n - 2; i >= 0; --i) rightMax[i] = max(rightMax[i + 1], h[i]);
  long long water = 0;
  for (int i = 0; i < n; ++i) water += min(leftMax[i], rightMax[i]) - h[i];
  cout << water << '\n';
}
