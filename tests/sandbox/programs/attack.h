// Shared by the test programs. A program that manages the forbidden thing it attempts exits
// with kEscaped (77), so a test that sees 77 has found a hole; a program whose every attempt
// failed exits with kRefused after printing one line per attempt ("what: ERRNO"), so that a
// test can assert how each attempt failed.
#pragma once

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kRefused = 10, kEscaped = 77 };

// Reports a failed attempt on standard output: "what: ENOENT".
static inline void refused(const char* what) {
  const char* name = strerrorname_np(errno);
  printf("%s: %s\n", what, name != NULL ? name : "?");
  fflush(stdout);
}

// Reports an attempt that succeeded and exits with kEscaped.
static inline void escaped(const char* what) {
  printf("%s: ESCAPED\n", what);
  fflush(stdout);
  exit(kEscaped);
}

// Checks the result of a call that must fail (-1 or a negative value): reports it, or exits.
static inline void expect_failure(long rc, const char* what) {
  if (rc >= 0) {
    escaped(what);
  }
  refused(what);
}
