// Recurses without end: the stack overflows. Expected: RE that names a stack overflow, not MLE.
#include <bits/stdc++.h>

volatile long long sink;

long long down(long long n) {
  volatile char frame[64];
  frame[0] = static_cast<char>(n);
  long long r = down(n + 1) + frame[0];
  sink = r;
  return r;
}

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << down(a) + b << "\n";
}
