// Fills a folder (the scratch folder /tmp, or the one named by the argument): writes
// DIR/fill-N files, 1 MiB at a time, until writing fails, twice. Prints how each file ended
// and the total written.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : "/tmp";
  signal(SIGXFSZ, SIG_IGN);  // a file over RLIMIT_FSIZE then fails with EFBIG
  static char buf[1 << 20];
  memset(buf, 'x', sizeof buf);
  unsigned long total = 0;
  for (int n = 0; n < 2; ++n) {
    char path[4200];
    snprintf(path, sizeof path, "%s/fill-%d", dir, n);
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
