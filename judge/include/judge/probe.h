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
#include "judge/store.h"

namespace judge {

/// The smallest CPU time a probe's run is fitted at. The sandbox reports a run's CPU time
/// from the kernel's own accounting, to the microsecond, and repeats of a small run agree to
/// about 0.1 ms; but every run also pays the program's start-up (about 2 ms for a C++
/// program, more on a busy machine), so a 2 ms threshold would drop every size whose own work
/// is under that. Half a millisecond keeps them: the fit's constant term takes the start-up.
inline constexpr double kProbeResolutionS = 0.0005;

struct ProbeOptions {
  coach::LadderOptions ladder;
  /// time_limit_s 0: the problem's own limit for the language (profiles::probe lets a run go
  /// on to four times it, so that a run past the limit is still measured).
  coach::BudgetOptions budget{0.0, 10.0, 3, kProbeResolutionS};
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
  /// The table's largest size when the ladder went past it ([complexity] extend_to), else 0.
  std::int64_t extended_from = 0;
};

class Prober {
 public:
  Prober(Runner& runner, Compiler& compiler, const Languages& languages);

  /// Compiles `source`, makes an input of each ladder size with the generator ("GEN N SEED",
  /// or the table's args),
  /// and runs the solution on it (profiles::probe) as the budget allows. Throws Error when the
  /// problem has no [complexity] generator and sizes or the source does not compile, PackError
  /// when the generator fails, Interrupted on Ctrl-C.
  [[nodiscard]] ProbeResult probe(const Problem& problem, const Language& language,
                                  const std::string& source, const std::string& display_name,
                                  const ProbeOptions& options, ProbeReporter& reporter);

 private:
  struct Compiled {
    CompileResult solution;
    CompileResult generator;
    const Language* generator_language = nullptr;
  };
  struct Paths {
    std::filesystem::path input;
    std::filesystem::path output;
    std::string display_name;
  };
  Compiled compile(const Problem& problem, const Language& language, const std::string& source,
                   const std::string& display_name);
  void make_input(const Problem& problem, const Compiled& compiled, std::int64_t n,
                  const std::filesystem::path& input);
  /// Runs size n as the budget allows; false when the ladder ends there (result.stopped says
  /// why).
  bool run_size(const Problem& problem, const Language& language, const Compiled& compiled,
                std::int64_t n, const coach::BudgetOptions& budget, const Paths& files,
                ProbeResult& result, ProbeReporter& reporter);
  /// Goes on past the ladder, as far as [complexity] extend_to allows, while the growth is
  /// too small to fit (coach::next_extension).
  void extend(const Problem& problem, const Language& language, const Compiled& compiled,
              const coach::BudgetOptions& budget, const Paths& files, ProbeResult& result,
              ProbeReporter& reporter);
  std::vector<coach::Sample> time_size(const Problem& problem, const Language& language,
                                       const Compiled& compiled, std::int64_t n, int repeats,
                                       const Paths& files, ProbeResult& result);

  Runner& runner_;
  Compiler& compiler_;
  const Languages& languages_;
};

/// The fit's best class as the store and JSON write it ("O(n log n)"); empty when none.
[[nodiscard]] std::string best_class(const coach::FitResult& fit);

/// What the store keeps of probe result `r` (every run, the fit's word) of `file_name` in
/// `language` on `problem`; `submission` 0 for a probe of a file that was not submitted.
[[nodiscard]] ProbeRow probe_row(const Problem& problem, const Language& language,
                                 const std::string& file_name, const ProbeResult& r,
                                 std::int64_t submission);

}  // namespace judge
