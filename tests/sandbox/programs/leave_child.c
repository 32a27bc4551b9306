// Leaves a process behind: a child that takes a lock on argv[1], moves to its own process
// group (out of reach of a kill of the parent's group) and sleeps; the parent exits at once,
// once the child holds the lock.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    return 2;
  }
  int ready[2];
  if (pipe(ready) != 0) {
    return 3;
  }
  pid_t pid = fork();
  if (pid < 0) {
    refused("fork");
    return kRefused;
  }
  if (pid == 0) {
    int fd = open(argv[1], O_RDWR);
    if (fd < 0 || flock(fd, LOCK_EX) != 0) {
      _exit(3);
    }
    setpgid(0, 0);
    (void)!write(ready[1], "r", 1);
    for (;;) {
      pause();
    }
  }
  char c;
  if (read(ready[0], &c, 1) != 1) {
    return 3;
  }
  printf("left %d behind\n", (int)pid);
  return 0;
}
