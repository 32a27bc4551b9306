// Creates a userfaultfd (a classic help for exploiting kernel races).
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "attack.h"

int main(void) {
  expect_failure(syscall(SYS_userfaultfd, O_CLOEXEC), "userfaultfd");
  return kRefused;
}
