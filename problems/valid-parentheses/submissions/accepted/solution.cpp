// Valid Parentheses: a stack of the currently open brackets. O(n) time, O(n) space.
#include <bits/stdc++.h>
using namespace std;

static bool isValid(const string& s) {
  string st;  // used as a stack of expected closing brackets
  st.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '(':
        st.push_back(')');
        break;
      case '[':
        st.push_back(']');
        break;
      case '{':
        st.push_back('}');
        break;
      default:
        if (st.empty() || st.back() != c)
          return false;
        st.pop_back();
    }
  }
  return st.empty();
}

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  string s;
  getline(cin, s);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  cout << (isValid(s) ? "true" : "false") << '\n';
}
