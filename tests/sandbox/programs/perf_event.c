// Opens a performance counter on itself.
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "attack.h"

int main(void) {
  struct perf_event_attr attr;
  memset(&attr, 0, sizeof attr);
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_CPU_CLOCK;
  expect_failure(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0), "perf_event_open");
  return kRefused;
}
