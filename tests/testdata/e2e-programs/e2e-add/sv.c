/* fork() is not allowed in the sandbox. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t pid = fork();
  if (pid == 0) {
    _exit(0);
  }
  if (pid > 0) {
    waitpid(pid, NULL, 0);
  }
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  printf("%lld\n", a + b);
  return 0;
}
