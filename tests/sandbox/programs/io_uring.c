// Sets up an io_uring, whose operations would bypass the system-call filter.
#include <linux/io_uring.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "attack.h"

int main(void) {
  struct io_uring_params params;
  memset(&params, 0, sizeof params);
  expect_failure(syscall(SYS_io_uring_setup, 8, &params), "io_uring_setup");
  return kRefused;
}
