#include <bits/stdc++.h>

int main() {
  // 512 MiB, touched, far over the 64 MiB limit.
  std::vector<std::vector<char>> blocks;
  for (int i = 0; i < 64; ++i) {
    blocks.emplace_back(8 << 20, static_cast<char>(i + 1));
  }
  std::cout << blocks.size() << "\n";
}
