// Pins another process (the argument's PID) to one CPU: without a PID namespace, another run
// of the same user is in reach, and pinning it slows it down. Exits 77 if that worked.
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>

#include "attack.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    return 2;
  }
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(0, &set);
  expect_failure(sched_setaffinity(atoi(argv[1]), sizeof set, &set), "sched_setaffinity");
  return kRefused;
}
