// Tries to create, delete, rename, truncate and change files outside the scratch folder. Each
// argument is a folder; argv[i]/victim is an existing file the test watches.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attack.h"

int main(int argc, char** argv) {
  char what[4200];
  char path[4096];
  char victim[4096];
  for (int i = 1; i < argc; ++i) {
    snprintf(path, sizeof path, "%s/planted", argv[i]);
    snprintf(victim, sizeof victim, "%s/victim", argv[i]);
    snprintf(what, sizeof what, "create %s", path);
    expect_failure(open(path, O_WRONLY | O_CREAT | O_EXCL, 0644), what);
    snprintf(what, sizeof what, "mkdir %s", path);
    expect_failure(mkdir(path, 0755), what);
    snprintf(what, sizeof what, "write %s", victim);
    expect_failure(open(victim, O_WRONLY | O_APPEND), what);
    snprintf(what, sizeof what, "truncate %s", victim);
    expect_failure(truncate(victim, 0), what);
    snprintf(what, sizeof what, "chmod %s", victim);
    expect_failure(chmod(victim, 0777), what);
    snprintf(what, sizeof what, "rename %s", victim);
    expect_failure(rename(victim, path), what);
    snprintf(what, sizeof what, "unlink %s", victim);
    expect_failure(unlink(victim), what);
  }
  return kRefused;
}
