// What the commands share, built on first use: the judge's folders, languages, problem
// library, store, sandbox, compiler.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "judge/compile.h"
#include "judge/config.h"
#include "judge/judge.h"
#include "judge/language.h"
#include "judge/library.h"
#include "judge/mock.h"
#include "judge/runner.h"
#include "judge/session.h"
#include "judge/store.h"
#include "terminal.h"

namespace cli {

/// Exit codes of the command-line contract (docs/cli.md).
inline constexpr int kExitAccepted = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

[[nodiscard]] int exit_code_for(judge::Verdict verdict) noexcept;

class Context {
 public:
  Terminal term;
  int exit_code = kExitAccepted;

  [[nodiscard]] std::filesystem::path home() const;
  /// The machine's clock, or the moment JUDGE_NOW names (ISO 8601, UTC): a testing aid that
  /// moves a timed session along from a script. Throws Error for a JUDGE_NOW that is no time.
  [[nodiscard]] const judge::Clock& clock();
  /// $JUDGE_HOME/config.toml (judge/config.h), read once; the defaults when there is none.
  [[nodiscard]] const judge::UserConfig& config();
  [[nodiscard]] const judge::Languages& languages();
  [[nodiscard]] const judge::Library& library();
  /// The session over the store, for commands that write (test, submit, start).
  [[nodiscard]] judge::Session& session();
  /// The session for commands that only read (list, history, review, stats): its store is
  /// read-write when possible, else read-only with a note on stderr (a folder that cannot be
  /// written, a database that another judge holds while it migrates). Throws only when the
  /// store cannot be read.
  [[nodiscard]] judge::Session& reading_session();
  /// The mock phone screen over session() (mock()) or reading_session() (reading_mock()).
  [[nodiscard]] judge::MockSession& mock();
  [[nodiscard]] judge::MockSession& reading_mock();
  /// What was said while reading the behavioural questions (a pack's file that was skipped).
  [[nodiscard]] const std::vector<std::string>& mock_notes() const noexcept { return mock_notes_; }
  [[nodiscard]] judge::SandboxRunner& runner();
  [[nodiscard]] judge::Compiler& compiler();
  [[nodiscard]] judge::Judge& judge();

  /// Session::load_stage(), with the problem's folder hidden from the sandbox (hide()).
  [[nodiscard]] judge::Problem load_stage(const std::string& id, int followup);
  /// Session::choose_problem(), likewise.
  [[nodiscard]] judge::Problem choose_problem(const std::string& file, const std::string& source,
                                              const std::string& id, int followup);

  /// Hides `dir` (a problem or pack folder given by path) from every program the sandbox
  /// runs, wherever it is: one under /usr would otherwise be visible with the system folders.
  /// Must come before the first runner().
  void hide(const std::filesystem::path& dir);

  /// Says once, on stderr, which isolation layers are missing on this machine.
  void warn_degraded();

 private:
  std::optional<judge::UserConfig> config_;
  std::optional<judge::Languages> languages_;
  std::optional<judge::Library> library_;
  [[nodiscard]] judge::Store& store();
  [[nodiscard]] judge::Store& reading_store();
  [[nodiscard]] judge::Session& session_over_store();
  [[nodiscard]] judge::MockSession& mock_over(judge::Session& session);
  void hide_problem(const judge::Problem& problem);

  std::unique_ptr<judge::Store> store_;
  std::unique_ptr<judge::Session> session_;
  std::unique_ptr<judge::MockSession> mock_;  ///< over session_: made and dropped with it
  std::vector<std::string> mock_notes_;
  std::unique_ptr<judge::Clock> clock_;
  bool clock_read_ = false;
  std::unique_ptr<judge::SandboxRunner> runner_;
  std::unique_ptr<judge::Compiler> compiler_;
  std::unique_ptr<judge::Judge> judge_;
  bool warned_ = false;
  std::vector<std::string> hidden_;
};

}  // namespace cli
