// TLE: repeatedly deletes an adjacent matching pair "()", "[]" or "{}" until none is left;
// valid iff the string becomes empty. Correct, but each deletion searches and shifts the
// string: O(n^2), about 2.5e11 character moves for n = 1e6 with nesting depth 5e5.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  string s;
  getline(cin, s);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  const char* pairs[] = {"()", "[]", "{}"};
  bool changed = true;
  while (changed) {
    changed = false;
    for (const char* p : pairs) {
      size_t pos = s.find(p);
      if (pos != string::npos) {
        s.erase(pos, 2);
        changed = true;
      }
    }
  }
  cout << (s.empty() ? "true" : "false") << '\n';
}
