#include "interrupt.h"

#include <signal.h>

#include "sandbox/run.h"

namespace cli {

namespace {

// Stops every sandboxed run now and lets the command unwind, so that the runs' temporary
// folders are removed by their destructors and the store records what was judged. Only
// async-signal-safe calls here.
extern "C" void on_interrupt(int /*sig*/) {
  sandbox::request_interrupt();
  // A second Ctrl-C (or SIGTERM) ends the judge at once, as if no handler were there: someone
  // who presses it twice means it.
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read from the terminal (the explanation prompt) returns, so the command
  // sees the interrupt instead of waiting for another line.
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  // The terminal closed: stop the same way (red team: SIGHUP left $TMPDIR/judge-run-*).
  sigaction(SIGHUP, &action, nullptr);
}

}  // namespace cli
