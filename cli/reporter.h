// Showing a judging run as it happens.
#pragma once

#include <string>

#include "judge/judge.h"
#include "terminal.h"

namespace cli {

/// One line per test, live; full input/expected/actual for a failing sample.
class TerminalReporter : public judge::Reporter {
 public:
  TerminalReporter(const Terminal& term, std::size_t sample_count, bool quiet)
      : term_(term), samples_(sample_count), quiet_(quiet) {}

  void compiling(const judge::Language& language) override;
  void compiled(const judge::CompileResult& result) override;
  void preparing(const std::string& what) override;
  void test_started(const judge::TestCase& test, std::size_t index, std::size_t total) override;
  void test_finished(const judge::TestOutcome& outcome) override;
  /// Clears the live "running" line, if one is shown (before a message that ends the run).
  void clear_live();

 private:
  const Terminal& term_;
  std::size_t samples_;
  bool quiet_;  // --json: say nothing on stdout
  bool live_ = false;
};

/// The input, expected answer and output of a sample, side by side when they fit.
[[nodiscard]] std::string sample_details(const judge::TestOutcome& outcome, const Terminal& term);

}  // namespace cli
