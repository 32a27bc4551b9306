// Prints "default" if every signal has its default disposition and none is blocked, else the
// first one that is not. A program must start as it would from a shell, whatever the judge
// ignores or blocks itself.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  sigset_t mask;
  sigprocmask(SIG_SETMASK, NULL, &mask);
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) {
      continue;
    }
    struct sigaction action;
    if (sigaction(sig, NULL, &action) == 0 && action.sa_handler != SIG_DFL) {
      printf("signal %d is not default\n", sig);
      return 1;
    }
    if (sigismember(&mask, sig) == 1) {
      printf("signal %d is blocked\n", sig);
      return 1;
    }
  }
  /* glibc's sigaction refuses its own two real-time signals: ask the kernel. */
  FILE* status = fopen("/proc/self/status", "r");
  char line[256];
  while (status != NULL && fgets(line, sizeof line, status) != NULL) {
    if (strncmp(line, "SigIgn:", 7) == 0 && strtoull(line + 7, NULL, 16) != 0) {
      printf("ignored: %s", line + 7);
      return 1;
    }
  }
  printf("default\n");
  return 0;
}
