// WA: the usual sort + two pointers, but the sum of three values is computed in 32-bit int.
// With values up to 2e9 it wraps (-2e9 + -2e9 + 1e9 looks positive), the pointers move the
// wrong way and triplets such as (-2e9, 1e9, 1e9) are missed.
#include <bits/stdc++.h>
using namespace std;

static int add32(int x, int y) {
  return (int)((unsigned)x + (unsigned)y);
}  // wraps like int

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<int> a(n);
  for (auto& x : a) cin >> x;
  sort(a.begin(), a.end());
  vector<array<int, 3>> res;
  for (int i = 0; i + 2 < n; ++i) {
    if (a[i] > 0)
      break;
    if (i > 0 && a[i] == a[i - 1])
      continue;
    int l = i + 1, r = n - 1;
    while (l < r) {
      int s = add32(add32(a[i], a[l]), a[r]);
      if (s < 0) {
        ++l;
      } else if (s > 0) {
        --r;
      } else {
        res.push_back({a[i], a[l], a[r]});
        int b = a[l], c = a[r];
        while (l < r && a[l] == b) ++l;
        while (l < r && a[r] == c) --r;
      }
    }
  }
  string out = to_string(res.size()) + '\n';
  for (auto& t : res) out += to_string(t[0]) + ' ' + to_string(t[1]) + ' ' + to_string(t[2]) + '\n';
  cout << out;
}
