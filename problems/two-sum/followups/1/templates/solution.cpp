#include <bits/stdc++.h>
using namespace std;

// nums is sorted in non-decreasing order. Use O(1) extra memory.
// Return {i, j} with 0 <= i < j < nums.size() and nums[i] + nums[j] == target,
// or {-1, -1} if no such pair exists. Any valid pair is accepted.
// Careful: nums[i] + nums[j] may not fit in an int.
pair<int, int> twoSum(const vector<int>& nums, int target) {
  // TODO: your code here
  return {-1, -1};
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n, target;
  cin >> n >> target;
  vector<int> nums(n);
  for (auto& x : nums) cin >> x;
  auto [i, j] = twoSum(nums, target);
  cout << i << ' ' << j << '\n';
  return 0;
}
