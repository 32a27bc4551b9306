// Sends SIGKILL to each PID on the command line (the judge, a process it started), then to
// every process it may signal (kill -1, which the caller survives).
#include <signal.h>

#include "attack.h"

int main(int argc, char** argv) {
  char what[64];
  for (int i = 1; i < argc; ++i) {
    snprintf(what, sizeof what, "kill %s", argv[i]);
    expect_failure(kill(atoi(argv[i]), SIGKILL), what);
  }
  // kill(-1) returns 0 when it found any process at all, even if it could signal none: only
  // the survival of the others tells.
  if (kill(-1, SIGKILL) == 0) {
    printf("kill -1: sent\n");
  } else {
    refused("kill -1");
  }
  return kRefused;
}
