#include <stdio.h>

int main(void) {
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  printf("%lld\n", a + b + 1);
  return 0;
}
