// The complexity probe (judge probe): a solution run in the sandbox on inputs of growing size,
// made by the problem's [complexity] generator, and its CPU time fitted against the usual
// classes (coach/fit.h). Never prints; progress leaves through ProbeReporter.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/coach/fit.h"
#include "judge/compile.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/runner.h"

namespace judge {

struct ProbeOptions {
  coach::LadderOptions ladder;
  /// time_limit_s 0: the problem's own limit for the language (profiles::probe lets a run go
  /// on to four times it, so that a run past the limit is still measured).
  coach::BudgetOptions budget{0.0, 10.0, 3, 0.002};
};

/// Progress, as it happens.
class ProbeReporter {
 public:
  virtual ~ProbeReporter() = default;
  virtual void size_started(std::int64_t /*n*/, int /*repeats*/) {}
  virtual void size_finished(std::int64_t /*n*/, const std::vector<coach::Sample>& /*runs*/) {}
};

struct ProbeResult {
  coach::Ladder ladder;
  std::vector<coach::Sample> samples;  ///< every run, in the order made
  coach::FitResult fit;
  double cpu_s = 0;         ///< CPU time the solution's runs took, in all
  double time_limit_s = 0;  ///< the limit a run was judged against
  std::string stopped;      ///< why the ladder ended early, or empty
};

class Prober {
 public:
  Prober(Runner& runner, Compiler& compiler, const Languages& languages);

  /// Compiles `source`, makes an input of each ladder size with the generator ("GEN N SEED"),
  /// and runs the solution on it (profiles::probe) as the budget allows. Throws Error when the
  /// problem has no [complexity] generator and sizes or the source does not compile, PackError
  /// when the generator fails, Interrupted on Ctrl-C.
  [[nodiscard]] ProbeResult probe(const Problem& problem, const Language& language,
                                  const std::string& source, const std::string& display_name,
                                  const ProbeOptions& options, ProbeReporter& reporter);

 private:
  Runner& runner_;
  Compiler& compiler_;
  const Languages& languages_;
};

}  // namespace judge
