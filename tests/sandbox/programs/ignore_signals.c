// Ignores and blocks every signal it can, then burns CPU.
#include <signal.h>
#include <stddef.h>

int main(void) {
  for (int sig = 1; sig < NSIG; ++sig) {
    signal(sig, SIG_IGN);
  }
  sigset_t all;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, NULL);
  volatile unsigned long x = 0;
  for (;;)
    ++x;
}
