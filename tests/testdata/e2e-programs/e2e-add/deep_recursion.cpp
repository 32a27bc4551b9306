// Adds by recursing 300000 frames deep (about 30 MB of stack): the stack follows the memory
// limit, so this is accepted. Expected: AC.
#include <bits/stdc++.h>

long long add(long long a, long long b, int depth) {
  volatile char frame[64];
  frame[0] = 0;
  if (depth == 0) {
    return a + b + frame[0];
  }
  return add(a, b, depth - 1) + frame[0];
}

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << add(a, b, 300000) << "\n";
}
