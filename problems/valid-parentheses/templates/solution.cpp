#include <bits/stdc++.h>
using namespace std;

// Return true if every bracket in s is closed by a bracket of the same type, in the right
// order; false otherwise. s contains only the characters ()[]{} and may be empty.
bool isValid(const string& s) {
  // TODO: your code here
  return false;
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  string s;
  getline(cin, s);  // the whole line; it is empty when s is empty
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  cout << (isValid(s) ? "true" : "false") << '\n';
  return 0;
}
