// TLE: for every bar, scans the whole array for the tallest bar on each side. Correct, but
// O(n^2): about 4e10 steps for n = 200000.
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
  long long water = 0;
  for (int i = 0; i < n; ++i) {
    long long maxL = 0, maxR = 0;
    for (int j = 0; j <= i; ++j) maxL = max(maxL, h[j]);
    for (int j = i; j < n; ++j) maxR = max(maxR, h[j]);
    water += min(maxL, maxR) - h[i];
  }
  cout << water << '\n';
}
