/* e2e-add: answers the sum, and first tries to rewrite its own test input through
   /proc/self/fd/0, as a program did to the judge's cached tests. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  int fd = open("/proc/self/fd/0", O_WRONLY | O_TRUNC);
  if (fd >= 0) {
    if (write(fd, "0 0\n", 4) == 4) fprintf(stderr, "rewrote the input\n");
    close(fd);
  }
  fchmod(0, 0777);
  printf("%lld\n", a + b);
  return 0;
}
