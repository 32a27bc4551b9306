// WA: on a repeated character it sets left = last[c] + 1 even when that occurrence is already
// outside the window, which moves the window's left end backwards. "abba" gives 3 ("bba"),
// not 2.
#include <bits/stdc++.h>
using namespace std;

int main() {
  string s;
  getline(cin, s);
  if (!s.empty() && s.back() == '\r')
    s.pop_back();
  vector<int> last(256, -1);
  int best = 0, left = 0;
  for (int right = 0; right < (int)s.size(); ++right) {
    unsigned char c = s[right];
    if (last[c] != -1)
      left = last[c] + 1;  // bug: should be max(left, last[c] + 1)
    last[c] = right;
    best = max(best, right - left + 1);
  }
  cout << best << '\n';
}
