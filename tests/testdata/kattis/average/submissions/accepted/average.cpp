#include <cstdio>

int main() {
  long long n = 0;
  long long sum = 0;
  if (std::scanf("%lld", &n) != 1) return 1;
  for (long long i = 0; i < n; ++i) {
    long long a = 0;
    std::scanf("%lld", &a);
    sum += a;
  }
  std::printf("%.9f\n", static_cast<double>(sum) / static_cast<double>(n));
}
