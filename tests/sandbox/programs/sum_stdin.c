// Reads whitespace-separated non-negative integers from standard input, in large blocks, and
// prints their count and sum.
#include <stdio.h>
#include <unistd.h>

int main(void) {
  static char buf[1 << 16];
  unsigned long count = 0, sum = 0, value = 0;
  int in_number = 0;
  for (;;) {
    ssize_t n = read(0, buf, sizeof buf);
    if (n < 0) {
      perror("read");
      return 3;
    }
    if (n == 0) {
      break;
    }
    for (ssize_t i = 0; i < n; ++i) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        value = value * 10 + (unsigned long)(c - '0');
        in_number = 1;
      } else if (in_number) {
        sum += value;
        ++count;
        value = 0;
        in_number = 0;
      }
    }
  }
  if (in_number) {
    sum += value;
    ++count;
  }
  printf("%lu %lu\n", count, sum);
  return 0;
}
