// Lowers the limits of each PID on the command line (the judge, a process it started): a CPU
// limit of one second would kill the judge with SIGXCPU, no descriptors would break it.
#include <sys/resource.h>

#include "attack.h"

int main(int argc, char** argv) {
  char what[64];
  for (int i = 1; i < argc; ++i) {
    const struct rlimit one = {0, 0};
    snprintf(what, sizeof what, "prlimit %s", argv[i]);
    expect_failure(prlimit(atoi(argv[i]), RLIMIT_NOFILE, &one, NULL), what);
  }
  return kRefused;
}
