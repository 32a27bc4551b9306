// A process tree whose work is in a child the parent never reaps: the child burns argv[1]
// milliseconds of CPU and exits; the parent waits for that without reaping it (WNOWAIT), then
// exits itself.
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char** argv) {
  long target_ns = (argc > 1 ? atol(argv[1]) : 200) * 1000000L;
  pid_t pid = fork();
  if (pid < 0) {
    return 3;
  }
  if (pid == 0) {
    volatile unsigned long x = 0;
    struct timespec ts;
    do {
      for (int i = 0; i < 10000; ++i)
        ++x;
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    } while (ts.tv_sec * 1000000000L + ts.tv_nsec < target_ns);
    _exit(0);
  }
  siginfo_t info;
  if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) != 0) {
    return 3;
  }
  return 0;
}
