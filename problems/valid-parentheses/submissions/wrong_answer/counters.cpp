// WA: keeps one counter per bracket type and only checks that no counter goes negative and all
// end at zero. It ignores the order between types, so "([)]" is wrongly accepted.
#include <bits/stdc++.h>
using namespace std;

int main() {
  string s;
  getline(cin, s);
  long long paren = 0, square = 0, curly = 0;
  bool ok = true;
  for (char c : s) {
    switch (c) {
      case '(':
        ++paren;
        break;
      case ')':
        ok = ok && --paren >= 0;
        break;
      case '[':
        ++square;
        break;
      case ']':
        ok = ok && --square >= 0;
        break;
      case '{':
        ++curly;
        break;
      case '}':
        ok = ok && --curly >= 0;
        break;
    }
  }
  ok = ok && paren == 0 && square == 0 && curly == 0;
  cout << (ok ? "true" : "false") << '\n';
}
