#include <bits/stdc++.h>
using namespace std;

// Use O(1) extra memory besides the heights.
// Return the total amount of water trapped between the bars of the given heights.
// The total may not fit in an int.
long long trap(const vector<int>& height) {
  // TODO: your code here
  return 0;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  cin >> n;
  vector<int> height(n);
  for (auto& x : height) cin >> x;
  cout << trap(height) << '\n';
  return 0;
}
