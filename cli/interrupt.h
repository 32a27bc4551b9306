// Ctrl-C and SIGTERM.
#pragma once

namespace cli {

/// The exit status after Ctrl-C, as a shell reports a process killed by SIGINT (128 + 2).
inline constexpr int kExitInterrupted = 130;

/// Installs the SIGINT and SIGTERM handlers: the first signal calls
/// sandbox::request_interrupt() (every run stops, the command unwinds, records what was judged
/// and exits 130); the handler then restores the default action, so that a second Ctrl-C ends
/// the judge at once.
void install_interrupt_handlers();

}  // namespace cli
