// WA: two pointers, but it settles the bar on the side with the TALLER running maximum. That
// side's level is not decided yet (the other side may be lower), so water is overcounted:
// on 3 0 2 0 4 it fills the bars next to the 4 up to level 4 and prints 10 instead of 7.
// Behind the cheap "fewer than three bars hold nothing" guard.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<int> h(n);
  for (auto& x : h) cin >> x;
  if (n < 3) {
    cout << 0 << '\n';
    return 0;
  }
  long long water = 0;
  int l = 0, r = n - 1;
  int maxL = 0, maxR = 0;
  while (l < r) {
    maxL = max(maxL, h[l]);
    maxR = max(maxR, h[r]);
    if (maxL >= maxR) {  // wrong side: bar l's level can be lower than maxL
      water += maxL - h[l];
      ++l;
    } else {
      water += maxR - h[r];
      --r;
    }
  }
  cout << water << '\n';
}
