// Looks for the judge's secret variable (SANDBOX_TEST_SECRET) in its own environment and in
// /proc/1/environ, in /proc/PID/environ of the judge (argv[1]: its PID on the host) and of
// every process it can see.
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include "attack.h"

extern char** environ;

static const char secret[] = "SANDBOX_TEST_SECRET=";

// Returns 1 when the file could be read, after leaving if it holds the secret.
static int search_file(const char* path) {
  static char buf[1 << 16];
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    return 0;
  }
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n < 0) {
    return 0;
  }
  for (ssize_t i = 0; i < n; ++i) {
    if (buf[i] == '\0')
      buf[i] = '\n';
  }
  buf[n] = '\0';
  if (strstr(buf, secret) != NULL) {
    escaped(path);
  }
  return 1;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    return 2;
  }
  for (char** e = environ; *e != NULL; ++e) {
    if (strstr(*e, secret) != NULL) {
      escaped("environ");
    }
  }
  printf("environ: clean\n");
  char path[300];
  snprintf(path, sizeof path, "/proc/%s/environ", argv[1]);
  const char* fixed[] = {"/proc/1/environ", path};
  for (int i = 0; i < 2; ++i) {
    if (!search_file(fixed[i])) {
      refused(fixed[i]);
    } else {
      printf("%s: clean\n", fixed[i]);
    }
  }
  DIR* proc = opendir("/proc");
  if (proc == NULL) {
    refused("list /proc");
    return kRefused;
  }
  int readable = 0;
  for (struct dirent* d; (d = readdir(proc)) != NULL;) {
    if (d->d_name[0] >= '0' && d->d_name[0] <= '9') {
      snprintf(path, sizeof path, "/proc/%s/environ", d->d_name);
      readable += search_file(path);
    }
  }
  printf("/proc/*/environ: %s\n", readable > 0 ? "clean" : "unreadable");
  return kRefused;
}
