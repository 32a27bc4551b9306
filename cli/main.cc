// judge: practise phone-screen coding rounds on your own machine. This file parses the
// command line, hands over to a command, and turns errors into exit codes:
// 0 accepted, 1 judged and not accepted, 2 bad usage or input, 3 internal error.
#include <signal.h>

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.h"
#include "context.h"
#include "judge/error.h"
#include "sandbox/error.h"
#include "sandbox/run.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "0"
#endif

namespace {

/// The exit status after Ctrl-C, as a shell reports a process killed by SIGINT (128 + 2).
constexpr int kExitInterrupted = 130;

// Ctrl-C and SIGTERM: stop every sandboxed run now and let the command unwind, so that the
// run's temporary folders are removed by their destructors and the store records what was
// judged. Only async-signal-safe calls here.
extern "C" void on_interrupt(int /*sig*/) {
  sandbox::request_interrupt();
  // A second Ctrl-C (or SIGTERM) ends the judge at once, as if no handler were there: someone
  // who presses it twice means it.
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
}

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read from the terminal (the explanation prompt) returns, so the command
  // sees the interrupt instead of waiting for another line.
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void print_error(const std::string& what, const std::string& hint) {
  std::fflush(stdout);
  // Messages quote pack files, file names and checker output: printable() keeps their escape
  // sequences off the terminal.
  fmt::print(stderr, "judge: error: {}\n", cli::printable(what));
  if (!hint.empty()) {
    fmt::print(stderr, "hint: {}\n", cli::printable(hint));
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (judge list | head) is not worth dying of a signal for.
  signal(SIGPIPE, SIG_IGN);
  install_interrupt_handlers();
  cli::Context ctx;
  CLI::App app{
      "judge: practise technical phone-screen coding rounds.\n\n"
      "Pick a problem (judge list, judge show ID), write a solution in your editor "
      "(judge start ID --lang py), try it on the examples (judge test FILE), and "
      "submit it against the hidden tests (judge submit FILE), explaining your "
      "thinking first.",
      "judge"};
  app.set_version_flag("--version", JUDGE_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(
      "Data: $JUDGE_HOME (default ~/.local/share/judge). NO_COLOR turns colour off.\n"
      "Exit codes: 0 accepted, 1 not accepted, 2 bad usage or input, 3 internal error.");
  cli::add_problem_commands(app, ctx);
  cli::add_judging_commands(app, ctx);
  cli::add_history_commands(app, ctx);
  cli::add_system_commands(app, ctx);
  cli::add_pack_commands(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    print_error(what, "run 'judge --help' or 'judge COMMAND --help'");
    return cli::kExitUsage;
  } catch (const judge::Interrupted& e) {
    std::fflush(stdout);
    fmt::print(stderr, "judge: {}\n", cli::printable(e.what()));
    return kExitInterrupted;
  } catch (const judge::Error& e) {
    if (sandbox::interrupt_requested()) {
      // A failure caused by the stop (a compiler killed half-way, say) is not the user's.
      std::fflush(stdout);
      fmt::print(stderr, "judge: interrupted\n");
      return kExitInterrupted;
    }
    print_error(e.what(), e.hint());
    return cli::kExitUsage;
  } catch (const sandbox::Error& e) {
    if (sandbox::interrupt_requested()) {
      std::fflush(stdout);
      fmt::print(stderr, "judge: interrupted\n");
      return kExitInterrupted;
    }
    print_error(e.what(), e.hint().empty() ? "run 'judge doctor'" : e.hint());
    return cli::kExitInternal;
  } catch (const std::exception& e) {
    if (sandbox::interrupt_requested()) {
      std::fflush(stdout);
      fmt::print(stderr, "judge: interrupted\n");
      return kExitInterrupted;
    }
    print_error(fmt::format("internal error: {}", e.what()),
                "this is a bug in the judge; please report it with the command you ran");
    return cli::kExitInternal;
  }
  if (sandbox::interrupt_requested()) {
    // The command ended on its own terms (judge sandbox reported the stopped run).
    std::fflush(stdout);
    fmt::print(stderr, "judge: interrupted\n");
    return kExitInterrupted;
  }
  return ctx.exit_code;
}
