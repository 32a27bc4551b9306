// Uses the kernel's keyrings: argv[1] is "add_key" (store a key) or "keyctl" (join a new
// session keyring). Raw system calls: there is no libkeyutils here.
#include <sys/syscall.h>
#include <unistd.h>

#include "attack.h"

#define KEY_SPEC_SESSION_KEYRING -3
#define KEYCTL_JOIN_SESSION_KEYRING 1

int main(int argc, char** argv) {
  if (argc != 2) {
    return 2;
  }
  if (strcmp(argv[1], "add_key") == 0) {
    expect_failure(syscall(SYS_add_key, "user", "judge", "secret", 6, KEY_SPEC_SESSION_KEYRING),
                   "add_key");
  } else {
    expect_failure(syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, "judge"), "keyctl");
  }
  return kRefused;
}
