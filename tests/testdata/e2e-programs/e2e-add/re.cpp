#include <bits/stdc++.h>

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::vector<int> v(3);
  std::cout << v.at(static_cast<std::size_t>(a + b + 100)) << "\n";  // std::out_of_range
}
