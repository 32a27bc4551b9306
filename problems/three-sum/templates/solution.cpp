#include <bits/stdc++.h>
using namespace std;

// Return every distinct triplet {x, y, z} of values at three different positions of nums
// with x + y + z == 0, each triplet exactly once. Any order: main() sorts them.
// Careful: the sum of three values may not fit in an int.
vector<array<int, 3>> threeSum(vector<int> nums) {
  // TODO: your code here
  return {};
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  cin >> n;
  vector<int> nums(n);
  for (auto& x : nums) cin >> x;
  vector<array<int, 3>> res = threeSum(nums);
  for (auto& t : res) sort(t.begin(), t.end());  // canonical form: each triplet ascending,
  sort(res.begin(), res.end());                  // triplets in lexicographic order
  string out = to_string(res.size()) + '\n';
  for (auto& t : res) out += to_string(t[0]) + ' ' + to_string(t[1]) + ' ' + to_string(t[2]) + '\n';
  cout << out;
  return 0;
}
