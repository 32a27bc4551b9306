// Echoes its input to standard error, and crashes on a negative number, quoting the input.
#include <bits/stdc++.h>

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cerr << "read " << a << " and " << b << std::endl;
  if (a < 0) {
    throw std::invalid_argument("cannot add " + std::to_string(a) + " and " + std::to_string(b));
  }
  std::cout << a + b << "\n";
}
