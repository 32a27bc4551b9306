// Tries to change the file it was given as standard input: reopen /proc/self/fd/0 for writing
// and write to it, truncate it, change its mode and its timestamps. When the input is a host
// file of the judge's user (as it was before inputs became sealed memory files), every attempt
// succeeds and the test data is rewritten. Exits 77 if the input's contents or size changed.
// With an argument, the file at that path (a checker's input or answer, bound read-only) is
// opened and attacked the same way, as standard input.
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "attack.h"

static int changed = 0;

static void attempt(long rc, const char* what) {
  if (rc >= 0) {
    printf("%s: done\n", what);
  } else {
    refused(what);
  }
}

int main(int argc, char** argv) {
  if (argc > 1) {
    int given = open(argv[1], O_RDONLY);
    if (given < 0 || dup2(given, 0) < 0) {
      refused("open the given file");
      return kRefused;
    }
  }
  char before[256] = {0};
  ssize_t size = pread(0, before, sizeof before - 1, 0);
  int fd = open("/proc/self/fd/0", O_WRONLY);
  if (fd < 0) {
    fd = open("/dev/stdin", O_RDWR);
  }
  if (fd >= 0) {
    ssize_t w = pwrite(fd, "PWNED", 5, 0);
    attempt(w == 5 ? 0 : -1, "write through /proc/self/fd/0");
    attempt(ftruncate(fd, 1), "truncate");
    changed |= w == 5;
    close(fd);
  } else {
    refused("reopen /proc/self/fd/0 for writing");
  }
  attempt(fchmod(0, 0777), "fchmod");
  struct timespec times[2] = {{0, 0}, {0, 0}};
  attempt(futimens(0, times), "futimens");
  attempt(utimensat(AT_FDCWD, "/proc/self/fd/0", times, 0), "utimensat");
  char after[256] = {0};
  ssize_t size_after = pread(0, after, sizeof after - 1, 0);
  struct stat st;
  fstat(0, &st);
  if (changed || size_after != size || memcmp(before, after, sizeof before) != 0) {
    escaped("the input file");
  }
  return kRefused;
}
