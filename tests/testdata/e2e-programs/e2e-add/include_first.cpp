// Another header before <bits/stdc++.h>: the precompiled header cannot be used, and the
// compile must still succeed.
#include <cstdio>

#include <bits/stdc++.h>

int main() {
  long long a = 0;
  long long b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) {
    return 1;
  }
  std::printf("%lld\n", a + b);
}
