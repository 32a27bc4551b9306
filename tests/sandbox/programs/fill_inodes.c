// Creates empty files DIR/f-N until that fails (or 200000 of them): a folder capped in bytes
// but not in files would let a program exhaust the host file system's inodes. Prints how the
// last attempt ended and how many files were made; exits 77 past 100000 files.
#include <fcntl.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : "/tmp";
  long made = 0;
  for (; made < 200000; ++made) {
    char path[4200];
    snprintf(path, sizeof path, "%s/f-%ld", dir, made);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
      refused("create");
      break;
    }
    close(fd);
  }
  printf("files: %ld\n", made);
  if (made > 100000) {
    escaped("inodes");
  }
  return kRefused;
}
