// Mounts a tmpfs over /box.
#include <sys/mount.h>

#include "attack.h"

int main(void) {
  expect_failure(mount("tmpfs", "/box", "tmpfs", 0, NULL), "mount");
  return kRefused;
}
