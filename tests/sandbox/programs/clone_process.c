// Creates a process with the raw clone system call (no CLONE_THREAD), as fork() would.
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "attack.h"

int main(void) {
  long pid = syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
  if (pid == 0) {
    _exit(0);
  }
  if (pid > 0) {
    waitpid((pid_t)pid, NULL, 0);
  }
  expect_failure(pid, "clone");
  return kRefused;
}
