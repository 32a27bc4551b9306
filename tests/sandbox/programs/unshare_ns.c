// Enters new user and mount namespaces, where it would be root.
#define _GNU_SOURCE
#include <sched.h>

#include "attack.h"

int main(void) {
  expect_failure(unshare(CLONE_NEWUSER | CLONE_NEWNS), "unshare");
  return kRefused;
}
