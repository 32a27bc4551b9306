// Executes /bin/sh, which would exit 77.
#include <unistd.h>

#include "attack.h"

int main(void) {
  char* argv[] = {"sh", "-c", "exit 77", NULL};
  char* envp[] = {NULL};
  execve("/bin/sh", argv, envp);
  refused("execve /bin/sh");
  return kRefused;
}
