// Fills the scratch folder: writes /tmp/fill-N files, 1 MiB at a time, until writing fails,
// twice. Prints how each file ended and the total written.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "attack.h"

int main(void) {
  signal(SIGXFSZ, SIG_IGN);  // a file over RLIMIT_FSIZE then fails with EFBIG
  static char buf[1 << 20];
  memset(buf, 'x', sizeof buf);
  unsigned long total = 0;
  for (int n = 0; n < 2; ++n) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/fill-%d", n);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
      refused(path);
      continue;
    }
    for (;;) {
      ssize_t w = write(fd, buf, sizeof buf);
      if (w <= 0) {
        if (w == 0)
          errno = ENOSPC;
        refused(path);
        break;
      }
      total += (unsigned long)w;
    }
    close(fd);
  }
  printf("total: %lu\n", total);
  return kRefused;
}
