/* Reads every number into an array, then adds them up: fine for the problem itself. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  long n = 0;
  if (scanf("%ld", &n) != 1) return 1;
  long long* a = malloc(sizeof *a * (size_t)(n > 0 ? n : 1));
  for (long i = 0; i < n; ++i) {
    if (scanf("%lld", &a[i]) != 1) return 1;
  }
  long long sum = 0;
  for (long i = 0; i < n; ++i) sum += a[i];
  printf("%lld\n", sum);
  return 0;
}
