// Checkers: whether a program's output answers a test. One interface, and one implementation per
// comparison or protocol, each in its own file under src/checkers/: the built-in comparisons
// (exact, lines, tokens, float), and a pack's own checker program run in the sandbox under the
// Kattis or the testlib protocol. make_checker() picks one from the problem's [checker] table.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/language.h"
#include "judge/problem.h"
#include "judge/runner.h"
#include "judge/verdict.h"

namespace judge {

struct CheckResult {
  Verdict verdict = Verdict::kAccepted;  ///< AC, WA, or IE (a checker that failed)
  std::string message;                   ///< why, quoting the output; shown for samples only
};

/// Decides whether the output of one test is right. Made once per problem, called once per test.
class Checker {
 public:
  virtual ~Checker() = default;
  /// Judges `output`, what the program wrote for `input`, against the expected `answer`.
  /// Never throws for the output's faults: a checker that fails gives kInternalError and why.
  [[nodiscard]] virtual CheckResult check(const std::filesystem::path& input,
                                          const std::filesystem::path& answer,
                                          const std::filesystem::path& output) = 0;
};

/// A comparison the judge makes itself. Reads both sides as streams through fixed buffers:
/// memory stays flat whatever their size.
class StreamChecker : public Checker {
 public:
  /// Opens both files and compares them; a file that cannot be read is kInternalError.
  [[nodiscard]] CheckResult check(const std::filesystem::path& input,
                                  const std::filesystem::path& answer,
                                  const std::filesystem::path& output) final;
  /// Compares two descriptors, each from its current offset.
  [[nodiscard]] virtual CheckResult compare(int output_fd, int answer_fd) const = 0;
};

/// Byte for byte (checkers/exact.cc).
class ExactChecker final : public StreamChecker {
 public:
  [[nodiscard]] CheckResult compare(int output_fd, int answer_fd) const override;
};

/// Line by line, ignoring trailing whitespace and empty lines at the end (checkers/lines.cc).
class LinesChecker final : public StreamChecker {
 public:
  explicit LinesChecker(bool case_sensitive) : case_sensitive_(case_sensitive) {}
  [[nodiscard]] CheckResult compare(int output_fd, int answer_fd) const override;

 private:
  bool case_sensitive_;
};

/// Token by token, any whitespace between tokens (checkers/tokens.cc).
class TokensChecker final : public StreamChecker {
 public:
  explicit TokensChecker(bool case_sensitive) : case_sensitive_(case_sensitive) {}
  [[nodiscard]] CheckResult compare(int output_fd, int answer_fd) const override;

 private:
  bool case_sensitive_;
};

/// Token by token, numbers within an absolute or a relative error (0: that one is not used)
/// (checkers/float.cc).
class FloatChecker final : public StreamChecker {
 public:
  FloatChecker(bool case_sensitive, double absolute, double relative)
      : case_sensitive_(case_sensitive), absolute_(absolute), relative_(relative) {}
  [[nodiscard]] CheckResult compare(int output_fd, int answer_fd) const override;

 private:
  bool case_sensitive_;
  double absolute_;
  double relative_;
};

/// A pack's checker program, already compiled into `build_dir`, run in the sandbox
/// (profiles::checker) for each test. Each protocol lays out its arguments, data files and
/// standard input, and reads the checker's exit code its own way (checkers/program.cc for
/// what they share).
class ProgramChecker : public Checker {
 public:
  ProgramChecker(Runner& runner, Language language, std::filesystem::path build_dir)
      : runner_(runner), language_(std::move(language)), build_dir_(std::move(build_dir)) {}

 protected:
  /// profiles::checker for this program.
  [[nodiscard]] sandbox::RunSpec base_spec() const;
  /// Runs the checker; kInternalError when it broke a rule, hit a limit or died of a signal
  /// (then its exit code means nothing), else nothing: the protocol reads the exit code.
  [[nodiscard]] std::optional<CheckResult> run(const sandbox::RunSpec& spec,
                                               sandbox::RunResult& result);
  /// "the checker failed (WHY): its stderr" as kInternalError.
  [[nodiscard]] static CheckResult failure(const sandbox::RunResult& run, const std::string& why);

 private:
  Runner& runner_;
  Language language_;
  std::filesystem::path build_dir_;
};

/// The Kattis output-validator protocol (checkers/kattis.cc): argv `input answer feedback_dir
/// [flags...]`, the output on standard input; exit 42 accepts, 43 rejects, anything else is the
/// checker's failure. judgemessage.txt in the feedback folder says why.
class KattisChecker final : public ProgramChecker {
 public:
  /// `flags`: extra arguments after the three ([checker] args); `test_flags`: a package's
  /// arguments for each test, by its answer file's path, used instead when the test is there.
  KattisChecker(Runner& runner, Language language, std::filesystem::path build_dir,
                std::vector<std::string> flags,
                std::map<std::string, std::vector<std::string>> test_flags = {})
      : ProgramChecker(runner, std::move(language), std::move(build_dir)),
        flags_(std::move(flags)),
        test_flags_(std::move(test_flags)) {}
  [[nodiscard]] CheckResult check(const std::filesystem::path& input,
                                  const std::filesystem::path& answer,
                                  const std::filesystem::path& output) override;

 private:
  std::vector<std::string> flags_;
  std::map<std::string, std::vector<std::string>> test_flags_;
};

/// The default output validator of ICPC/Kattis packages (checkers/kattis_default.cc), with
/// each test's flags (by its answer file's path): kattis/default_validator.h.
class KattisDefaultChecker final : public Checker {
 public:
  KattisDefaultChecker(std::map<std::string, std::vector<std::string>> test_flags,
                       bool no_repeated_flags)
      : test_flags_(std::move(test_flags)), no_repeated_flags_(no_repeated_flags) {}
  [[nodiscard]] CheckResult check(const std::filesystem::path& input,
                                  const std::filesystem::path& answer,
                                  const std::filesystem::path& output) override;

 private:
  std::map<std::string, std::vector<std::string>> test_flags_;
  bool no_repeated_flags_;
};

/// The testlib protocol (checkers/testlib.cc): argv `input output answer`, no standard input;
/// exit 0 accepts, 1 (wrong answer) and 2 (presentation error) reject, 3 (the checker's own
/// failure) and anything else, such as partial points, is the checker's failure. The first
/// line of its standard error says why.
class TestlibChecker final : public ProgramChecker {
 public:
  using ProgramChecker::ProgramChecker;
  [[nodiscard]] CheckResult check(const std::filesystem::path& input,
                                  const std::filesystem::path& answer,
                                  const std::filesystem::path& output) override;
};

/// The built-in comparison `spec` names; null for kCustom and kKattisDefault (checkers/factory.cc).
[[nodiscard]] std::unique_ptr<StreamChecker> make_stream_checker(const CheckerSpec& spec);

/// The checker the problem's [checker] table describes. For kCustom, `build_dir` holds the
/// checker compiled by the caller in `language`, and `runner` runs it under the table's protocol;
/// the built-in ones use neither.
[[nodiscard]] std::unique_ptr<Checker> make_checker(const CheckerSpec& spec, Runner& runner,
                                                    const Language* language = nullptr,
                                                    const std::filesystem::path& build_dir = {});

/// Compares the files `output` and `answer` as the built-in checker `spec` says. `spec.kind`
/// must not be kCustom.
[[nodiscard]] CheckResult compare_files(const CheckerSpec& spec,
                                        const std::filesystem::path& output,
                                        const std::filesystem::path& answer);

/// The same on two descriptors (read from their current offsets).
[[nodiscard]] CheckResult compare_fds(const CheckerSpec& spec, int output_fd, int answer_fd);

}  // namespace judge
