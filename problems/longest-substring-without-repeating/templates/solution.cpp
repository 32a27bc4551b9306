#include <bits/stdc++.h>
using namespace std;

// Return the length of the longest substring of s in which no character repeats.
// s contains printable ASCII characters (spaces included) and may be empty.
int lengthOfLongestSubstring(const string& s) {
  // TODO: your code here
  return 0;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  string s;
  getline(cin, s);  // the whole line: s may contain spaces
  if (!s.empty() && s.back() == '\r')
    s.pop_back();
  cout << lengthOfLongestSubstring(s) << '\n';
  return 0;
}
