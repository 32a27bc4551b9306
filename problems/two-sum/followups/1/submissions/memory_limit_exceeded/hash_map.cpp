// MLE in this follow-up: the first stage's accepted solution, unchanged. The hash map holds up to
// n entries (about 48 bytes each with its buckets): far over 32 MiB when n = 2e6 and the pair
// is late or missing.
// Two Sum: one pass with a hash map from value to the index where it was first seen.
// O(n) expected time, O(n) space.
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

  unordered_map<long long, int> seen;
  seen.reserve(2 * n + 1);
  for (int j = 0; j < n; ++j) {
    auto it = seen.find(target - a[j]);  // 64-bit: target - a[j] may not fit in 32 bits
    if (it != seen.end()) {
      cout << it->second << ' ' << j << '\n';
      return 0;
    }
    seen.emplace(a[j], j);  // keeps the first index of a repeated value
  }
  cout << "-1 -1\n";
}
