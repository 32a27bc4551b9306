// Adds in 32 bits: right on small numbers, wrong when the sum overflows.
#include <iostream>

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << static_cast<int>(a) + static_cast<int>(b) << "\n";
}
