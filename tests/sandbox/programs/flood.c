// Writes to descriptor argv[1] (1: standard output, 2: standard error) forever.
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char** argv) {
  int fd = argc > 1 ? atoi(argv[1]) : 1;
  static char buf[1 << 16];
  memset(buf, 'x', sizeof buf);
  for (;;) {
    if (write(fd, buf, sizeof buf) < 0) {
      return 3;
    }
  }
}
