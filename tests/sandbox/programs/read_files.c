// Tries to read each file and list each folder named on the command line (the hidden answers,
// the problem folder, the user's home, the judge's database). Whether a path can be seen with
// stat() is reported ("visible") but is not an escape: Landlock does not cover stat().
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  char what[4200];
  for (int i = 1; i < argc; ++i) {
    struct stat st;
    snprintf(what, sizeof what, "stat %s", argv[i]);
    if (stat(argv[i], &st) == 0) {
      printf("%s: visible\n", what);
    } else {
      refused(what);
    }
    snprintf(what, sizeof what, "open %s", argv[i]);
    int fd = open(argv[i], O_RDONLY);
    if (fd >= 0) {
      char c;
      DIR* dir = fdopendir(fd);
      if (dir != NULL ? readdir(dir) != NULL : read(fd, &c, 1) == 1) {
        escaped(what);
      }
    }
    refused(what);
  }
  return kRefused;
}
