#include <iostream>

long long add(long long a, long long b) {
  // TODO: your code here
  return 0;
}

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << add(a, b) << "\n";
}
