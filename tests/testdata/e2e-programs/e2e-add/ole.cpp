#include <bits/stdc++.h>

int main() {
  std::ios::sync_with_stdio(false);
  while (true) {
    std::cout << "0123456789012345678901234567890123456789\n";
  }
}
