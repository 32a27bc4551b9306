/* A checker from a downloaded pack that tries to fill the disk through its feedback folder:
   1 GiB in one file, then 100000 small files. It accepts, and says what it managed to write. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char chunk[1 << 20];

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  signal(SIGXFSZ, SIG_IGN); /* a file over the size limit then fails with EFBIG */
  char path[8192];
  long long bytes = 0;
  long files = 0;
  snprintf(path, sizeof path, "%s/big", argv[3]);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  for (int i = 0; fd >= 0 && i < 1024; ++i) {
    ssize_t w = write(fd, chunk, sizeof chunk);
    if (w <= 0) break;
    bytes += w;
  }
  if (fd >= 0) close(fd);
  unlink(path);
  for (; files < 100000; ++files) {
    snprintf(path, sizeof path, "%s/f%ld", argv[3], files);
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) break;
    close(fd);
  }
  snprintf(path, sizeof path, "%s/judgemessage.txt", argv[3]);
  FILE* f = fopen(path, "w");
  if (f == NULL) { /* every file slot taken: free one */
    char first[8192];
    snprintf(first, sizeof first, "%s/f0", argv[3]);
    unlink(first);
    f = fopen(path, "w");
  }
  if (f != NULL) {
    fprintf(f, "wrote %lld bytes and %ld files\n", bytes, files);
    fclose(f);
  }
  return 42;
}
