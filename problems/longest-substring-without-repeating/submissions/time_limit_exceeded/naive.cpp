// TLE: checks every substring s[i..j] for distinct characters, O(n^2) substrings with an
// O(min(n, 95)) check each. Correct, but about 2e10 substrings for n = 200000.
#include <bits/stdc++.h>
using namespace std;

static bool allDistinct(const string& s, int i, int j) {
  bool seen[256] = {};
  for (int k = i; k <= j; ++k) {
    unsigned char c = s[k];
    if (seen[c])
      return false;
    seen[c] = true;
  }
  return true;
}

int main() {
  string s;
  getline(cin, s);
  if (!s.empty() && s.back() == '\r')
    s.pop_back();
  int n = s.size(), best = 0;
  for (int i = 0; i < n; ++i)
    for (int j = i; j < n; ++j)
      if (allDistinct(s, i, j))
        best = max(best, j - i + 1);
  cout << best << '\n';
}
