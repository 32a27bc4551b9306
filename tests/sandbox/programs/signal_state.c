// Prints "default" if every signal has its default disposition and none is blocked, else the
// first one that is not. A program must start as it would from a shell, whatever the judge
// ignores or blocks itself.
#include <signal.h>
#include <stdio.h>

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
  printf("default\n");
  return 0;
}
