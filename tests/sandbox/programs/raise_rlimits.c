// Raises each limit the sandbox sets above its hard limit.
#include <sys/resource.h>

#include "attack.h"

int main(void) {
  const struct {
    int resource;
    const char* name;
  } limits[] = {{RLIMIT_CPU, "RLIMIT_CPU"},     {RLIMIT_AS, "RLIMIT_AS"},
                {RLIMIT_FSIZE, "RLIMIT_FSIZE"}, {RLIMIT_NOFILE, "RLIMIT_NOFILE"},
                {RLIMIT_NPROC, "RLIMIT_NPROC"}, {RLIMIT_STACK, "RLIMIT_STACK"},
                {RLIMIT_CORE, "RLIMIT_CORE"},   {RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK"}};
  for (size_t i = 0; i < sizeof limits / sizeof limits[0]; ++i) {
    struct rlimit limit;
    if (getrlimit(limits[i].resource, &limit) != 0) {
      return 3;
    }
    if (limit.rlim_max == RLIM_INFINITY) {
      printf("%s: unlimited\n", limits[i].name);
      continue;
    }
    limit.rlim_max += 1;
    limit.rlim_cur = limit.rlim_max;
    expect_failure(setrlimit(limits[i].resource, &limit), limits[i].name);
  }
  return kRefused;
}
