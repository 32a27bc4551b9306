#include <iostream>
#include <unordered_map>

int main() {
  long long n = 0;
  long long t = 0;
  std::cin >> n >> t;
  std::unordered_map<long long, long long> seen;  // value -> position
  for (long long k = 1; k <= n; ++k) {
    long long a = 0;
    std::cin >> a;
    auto it = seen.find(t - a);
    if (it != seen.end()) {
      std::cout << it->second << " " << k << "\n";
      return 0;
    }
    seen.emplace(a, k);
  }
  std::cout << "impossible\n";
}
