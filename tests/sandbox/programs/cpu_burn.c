// Burns argv[1] milliseconds of CPU, then prints its own CPU time (user + system, from the
// kernel) in microseconds.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long cpu_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

int main(int argc, char** argv) {
  long target_us = (argc > 1 ? atol(argv[1]) : 500) * 1000;
  volatile unsigned long x = 0;
  while (cpu_us() < target_us) {
    for (int i = 0; i < 10000; ++i)
      ++x;
  }
  printf("%ld\n", cpu_us());
  return 0;
}
