/* Divides by zero: SIGFPE. */
#include <stdio.h>

int main(void) {
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  volatile long long zero = a + b - a - b;
  printf("%lld\n", (a + b) / zero);
  return 0;
}
