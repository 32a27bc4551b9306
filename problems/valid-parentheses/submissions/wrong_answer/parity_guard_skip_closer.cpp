// WA: guards first -- an odd length is false, a string that starts with a closer is false --
// then runs the stack but silently skips a closer that arrives on an empty stack instead of
// rejecting it. The guards hide the bug on "())" or ")(" but not on "()))": even length, starts
// with an opener, and the two extra closers are dropped, so it answers true.
#include <bits/stdc++.h>
using namespace std;

int main() {
  string s;
  getline(cin, s);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  if (s.size() % 2 == 1 || (!s.empty() && (s[0] == ')' || s[0] == ']' || s[0] == '}'))) {
    cout << "false\n";
    return 0;
  }
  string st;
  bool ok = true;
  for (char c : s) {
    if (c == '(') st.push_back(')');
    else if (c == '[') st.push_back(']');
    else if (c == '{') st.push_back('}');
    else if (st.empty()) continue;  // bug: an unmatched closer is ignored
    else if (st.back() != c) { ok = false; break; }
    else st.pop_back();
  }
  cout << (ok && st.empty() ? "true" : "false") << '\n';
}
