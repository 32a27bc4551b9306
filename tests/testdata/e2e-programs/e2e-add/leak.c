/* Echoes its input to standard error, and crashes on a negative number, quoting the input. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  fprintf(stderr, "read %lld and %lld\n", a, b);
  if (a < 0) {
    fprintf(stderr, "ValueError: %lld is too large\n", b);
    abort();
  }
  printf("%lld\n", a + b);
  return 0;
}
