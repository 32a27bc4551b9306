// judge: practise phone-screen coding rounds on your own machine. This file parses the
// command line, hands over to a command, and turns errors into exit codes:
// 0 accepted, 1 judged and not accepted, 2 bad usage or input, 3 internal error.
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.h"
#include "context.h"
#include "interrupt.h"
#include "judge/closest.h"
#include "judge/error.h"
#include "sandbox/error.h"
#include "sandbox/run.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "0"
#endif

namespace {

void print_error(const std::string& what, const std::string& hint) {
  std::fflush(stdout);
  // Messages quote pack files, file names and checker output: printable() keeps their escape
  // sequences off the terminal.
  fmt::print(stderr, "judge: error: {}\n", cli::printable(what));
  if (!hint.empty()) {
    fmt::print(stderr, "hint: {}\n", cli::printable(hint));
  }
}

/// The command tree: every command group adds its own subcommands.
void add_commands(CLI::App& app, cli::Context& ctx) {
  app.set_version_flag("--version", JUDGE_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(
      "Data: $JUDGE_HOME (default ~/.local/share/judge). NO_COLOR turns colour off.\n"
      "Exit codes: 0 accepted, 1 not accepted, 2 bad usage or input, 3 internal error.");
  cli::add_problem_commands(app, ctx);
  cli::add_judging_commands(app, ctx);
  cli::add_history_commands(app, ctx);
  cli::add_report_commands(app, ctx);
  cli::add_system_commands(app, ctx);
  cli::add_pack_commands(app, ctx);
  cli::add_mock_commands(app, ctx);
  cli::add_coach_commands(app, ctx);
}

/// True when `command` is one of the app's commands or aliases; otherwise says so with a
/// "did you mean" (CLI11 would say only "A subcommand is required").
bool known_command(const CLI::App& app, const char* command) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) {
    names.push_back(sub->get_name());
    const auto& aliases = sub->get_aliases();
    names.insert(names.end(), aliases.begin(), aliases.end());
  }
  if (std::find(names.begin(), names.end(), command) != names.end()) {
    return true;
  }
  const auto guess = judge::detail::closest(command, names);
  print_error(fmt::format("unknown command '{}'{}", command,
                          guess ? fmt::format(", did you mean '{}'?", *guess) : ""),
              "'judge --help' lists the commands");
  return false;
}

int interrupted() {
  std::fflush(stdout);
  fmt::print(stderr, "judge: interrupted\n");
  return cli::kExitInterrupted;
}

/// Runs the parsed command and maps what it throws to an exit code (docs/cli.md); -1 when it
/// ended normally (the command set Context::exit_code).
int run(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what(), "run 'judge --help' or 'judge COMMAND --help'");
    return cli::kExitUsage;
  } catch (const judge::Interrupted& e) {
    std::fflush(stdout);
    fmt::print(stderr, "judge: {}\n", cli::printable(e.what()));
    return cli::kExitInterrupted;
  } catch (const judge::Error& e) {
    print_error(e.what(), e.hint());
    if (sandbox::interrupt_requested()) {
      // Stops that the engine sees end as judge::Interrupted; an error that still comes is
      // worth reading (the database gave up waiting, and the explanation is in a draft).
      return interrupted();
    }
    // A broken pack (a checker or generator that does not compile) is an internal error.
    return dynamic_cast<const judge::PackError*>(&e) != nullptr ? cli::kExitInternal
                                                                : cli::kExitUsage;
  } catch (const sandbox::Error& e) {
    if (sandbox::interrupt_requested()) {
      return interrupted();
    }
    // The sandbox knows what is missing but not this program's commands: the pointer to
    // `judge doctor` is added here.
    print_error(e.what(), e.hint().empty()
                              ? std::string("run 'judge doctor' to see what this machine allows")
                              : e.hint() + "; 'judge doctor' shows what this machine allows");
    return cli::kExitInternal;
  } catch (const std::exception& e) {
    if (sandbox::interrupt_requested()) {
      return interrupted();
    }
    print_error(fmt::format("internal error: {}", e.what()),
                "this is a bug in the judge; please report it with the command you ran");
    return cli::kExitInternal;
  }
  // A command that ended on its own terms after Ctrl-C (judge sandbox reported the stopped
  // run) still says so.
  return sandbox::interrupt_requested() ? interrupted() : -1;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (judge list | head) is not worth dying of a signal for.
  signal(SIGPIPE, SIG_IGN);
  cli::install_interrupt_handlers();
  cli::Context ctx;
  CLI::App app{
      "judge: practise technical phone-screen coding rounds.\n\n"
      "Pick a problem (judge list, judge show ID), write a solution in your editor "
      "(judge start ID --lang py), try it on the examples (judge test FILE), and "
      "submit it against the hidden tests (judge submit FILE), explaining your "
      "thinking first.",
      "judge"};
  add_commands(app, ctx);
  if (argc > 1 && argv[1][0] != '-' && !known_command(app, argv[1])) {
    return cli::kExitUsage;
  }
  const int code = run(app, argc, argv);
  return code >= 0 ? code : ctx.exit_code;
}
