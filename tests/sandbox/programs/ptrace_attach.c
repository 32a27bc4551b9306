// Attaches to the PID on the command line (the judge) with ptrace.
#include <sys/ptrace.h>

#include "attack.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    return 2;
  }
  expect_failure(ptrace(PTRACE_ATTACH, atoi(argv[1]), NULL, NULL), "ptrace");
  return kRefused;
}
