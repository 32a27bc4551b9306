// Longest substring without repeating characters: sliding window with the last index of each
// character. O(n) time, O(alphabet) space.
#include <bits/stdc++.h>
using namespace std;

static int lengthOfLongestSubstring(const string& s) {
  array<int, 256> last;
  last.fill(-1);
  int best = 0, left = 0;  // window s[left..right] has no repeated character
  for (int right = 0; right < (int)s.size(); ++right) {
    unsigned char c = s[right];
    if (last[c] >= left)
      left = last[c] + 1;  // only move left forward, never back
    last[c] = right;
    best = max(best, right - left + 1);
  }
  return best;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  string s;
  getline(cin, s);  // the whole line: s may contain spaces
  if (!s.empty() && s.back() == '\r')
    s.pop_back();
  cout << lengthOfLongestSubstring(s) << '\n';
}
