// A toolchain whose driver stays small while a pass it starts grows (as cc1plus does on
// `#include "/dev/zero"`): forks a child that touches ARG MiB and waits for it. Exits 77 if the
// child held it all.
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  long mib = argc > 1 ? atol(argv[1]) : 256;
  pid_t pid = fork();
  if (pid < 0) {
    refused("fork");
    return kRefused;
  }
  if (pid == 0) {
    char* mem = mmap(NULL, (size_t)mib << 20, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
      _exit(kRefused);
    }
    memset(mem, 'x', (size_t)mib << 20);
    struct timespec pause = {0, 300 * 1000 * 1000};
    nanosleep(&pause, NULL);
    _exit(kEscaped);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == kEscaped) {
    escaped("the pass held it all");
  }
  refused("the pass");
  return kRefused;
}
