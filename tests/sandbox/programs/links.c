// Links to a file outside the sandbox (argv[2]), then reads it through the link. argv[1]:
// "symlink" or "hardlink". Uses the raw system calls, so that the call a test expects is known.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    return 2;
  }
  const int hard = strcmp(argv[1], "hardlink") == 0;
  const char* link = "link";  // in the working folder, the scratch folder
  long rc = hard ? syscall(SYS_link, argv[2], link) : syscall(SYS_symlink, argv[2], link);
  if (rc != 0) {
    refused(argv[1]);
  }
  int fd = open(link, O_RDONLY);
  char c;
  if (fd >= 0 && read(fd, &c, 1) == 1) {
    escaped("read through the link");
  }
  refused("read through the link");
  return kRefused;
}
