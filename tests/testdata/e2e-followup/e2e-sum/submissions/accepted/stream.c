/* Adds the numbers as they arrive, in constant memory. */
#include <stdio.h>

int main(void) {
  long n = 0;
  long long x = 0, sum = 0;
  if (scanf("%ld", &n) != 1) return 1;
  for (long i = 0; i < n && scanf("%lld", &x) == 1; ++i) sum += x;
  printf("%lld\n", sum);
  return 0;
}
