#include <bits/stdc++.h>
using namespace std;

// Return the minimum length of a contiguous subarray of nums whose sum is >= target,
// or 0 if there is none. All nums are positive. Sums may not fit in an int.
int minSubArrayLen(long long target, const vector<int>& nums) {
  // TODO: your code here
  return 0;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  long long target;
  cin >> n >> target;
  vector<int> nums(n);
  for (auto& x : nums) cin >> x;
  cout << minSubArrayLen(target, nums) << '\n';
  return 0;
}
