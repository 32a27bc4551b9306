#include <bits/stdc++.h>

int main() {
  volatile std::uint64_t spins = 0;
  while (true) {
    spins = spins + 1;
  }
}
