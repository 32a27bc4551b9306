// Minimum size subarray sum: sliding window over positive values. O(n) time, O(1) extra space.
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

  long long sum = 0;  // sum of a[left..right]; can reach 2e14, needs 64 bits
  int best = INT_MAX, left = 0;
  for (int right = 0; right < n; ++right) {
    sum += a[right];
    while (sum >= target) {  // shrink while the window is still long enough
      best = min(best, right - left + 1);
      sum -= a[left++];
    }
  }
  cout << (best == INT_MAX ? 0 : best) << '\n';
}
