// Looks for host paths where a program can read its own process's view: the target of
// /proc/self/fd/0 (its input), /proc/self/mountinfo (where each mount comes from) and
// /proc/self/mounts. Exits 77 if any names one of the arguments (the test's host folders).
#include <fcntl.h>
#include <unistd.h>

#include "attack.h"

static char text[1 << 20];

static void check(const char* what, const char* found, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (strstr(found, argv[i]) != NULL) {
      printf("%s names %s\n", what, argv[i]);
      escaped(what);
    }
  }
  printf("%s: clean\n", what);
}

int main(int argc, char** argv) {
  char link[4096] = {0};
  if (readlink("/proc/self/fd/0", link, sizeof link - 1) < 0) {
    refused("readlink /proc/self/fd/0");
  } else {
    check("/proc/self/fd/0", link, argc, argv);
  }
  const char* files[] = {"/proc/self/mountinfo", "/proc/self/mounts"};
  for (int f = 0; f < 2; ++f) {
    int fd = open(files[f], O_RDONLY);
    if (fd < 0) {
      refused(files[f]);
      continue;
    }
    size_t total = 0;
    ssize_t n;
    while (total < sizeof text - 1 && (n = read(fd, text + total, sizeof text - 1 - total)) > 0) {
      total += (size_t)n;
    }
    text[total] = '\0';
    close(fd);
    check(files[f], text, argc, argv);
  }
  return kRefused;
}
