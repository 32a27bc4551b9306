// Runs a shell command with system(), which would exit 77.
#include <sys/wait.h>

#include "attack.h"

int main(void) {
  int status = system("exit 77");
  if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 77) {
    escaped("system");
  }
  refused("system");
  return kRefused;
}
