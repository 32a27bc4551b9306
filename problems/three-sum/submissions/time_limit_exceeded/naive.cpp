// TLE: tries every triple of indices, O(n^3), and collects the sorted triplets in a set.
// Correct, but C(4500, 3) = 1.5e10 triples for n = 4500.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<long long> a(n);
  for (auto& x : a) cin >> x;
  set<array<long long, 3>> found;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      for (int k = j + 1; k < n; ++k)
        if (a[i] + a[j] + a[k] == 0) {
          array<long long, 3> t = {a[i], a[j], a[k]};
          sort(t.begin(), t.end());
          found.insert(t);
        }
  string out = to_string(found.size()) + '\n';
  for (auto& t : found)
    out += to_string(t[0]) + ' ' + to_string(t[1]) + ' ' + to_string(t[2]) + '\n';
  cout << out;
}
