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
  // An unknown command: CLI11 would say only "A subcommand is required".
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) {
      names.push_back(sub->get_name());
      const auto& aliases = sub->get_aliases();
      names.insert(names.end(), aliases.begin(), aliases.end());
    }
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      const auto guess = judge::detail::closest(argv[1], names);
      print_error(fmt::format("unknown command '{}'{}", argv[1],
                              guess ? fmt::format(", did you mean '{}'?", *guess) : ""),
                  "'judge --help' lists the commands");
      return cli::kExitUsage;
    }
  }
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
    return cli::kExitInterrupted;
  } catch (const judge::Error& e) {
    if (sandbox::interrupt_requested()) {
      // Stops that the engine sees end as judge::Interrupted; an error that still comes is
      // worth reading (the database gave up waiting, and the explanation is in a draft).
      print_error(e.what(), e.hint());
      fmt::print(stderr, "judge: interrupted\n");
      return cli::kExitInterrupted;
    }
    print_error(e.what(), e.hint());
    // A broken pack (a checker or generator that does not compile) is an internal error.
    return dynamic_cast<const judge::PackError*>(&e) != nullptr ? cli::kExitInternal
                                                                : cli::kExitUsage;
  } catch (const sandbox::Error& e) {
    if (sandbox::interrupt_requested()) {
      std::fflush(stdout);
      fmt::print(stderr, "judge: interrupted\n");
      return cli::kExitInterrupted;
    }
    // The sandbox knows what is missing but not this program's commands: the pointer to
    // `judge doctor` is added here.
    print_error(e.what(), e.hint().empty()
                              ? std::string("run 'judge doctor' to see what this machine allows")
                              : e.hint() + "; 'judge doctor' shows what this machine allows");
    return cli::kExitInternal;
  } catch (const std::exception& e) {
    if (sandbox::interrupt_requested()) {
      std::fflush(stdout);
      fmt::print(stderr, "judge: interrupted\n");
      return cli::kExitInterrupted;
    }
    print_error(fmt::format("internal error: {}", e.what()),
                "this is a bug in the judge; please report it with the command you ran");
    return cli::kExitInternal;
  }
  if (sandbox::interrupt_requested()) {
    // The command ended on its own terms (judge sandbox reported the stopped run).
    std::fflush(stdout);
    fmt::print(stderr, "judge: interrupted\n");
    return cli::kExitInterrupted;
  }
  return ctx.exit_code;
}
