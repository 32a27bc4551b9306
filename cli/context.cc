#include "context.h"

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/library.h"
#include "judge/paths.h"

namespace cli {

namespace fs = std::filesystem;

int exit_code_for(judge::Verdict verdict) noexcept {
  switch (verdict) {
    case judge::Verdict::kAccepted:
      return kExitAccepted;
    case judge::Verdict::kInternalError:
      return kExitInternal;
    default:
      return kExitRejected;
  }
}

fs::path Context::home() const {
  return judge::judge_home();
}

const judge::Clock& Context::clock() {
  if (!clock_read_) {
    clock_read_ = true;
    // Only for tests and demonstrations: a script sets the time of each command to walk a
    // mock session past its warnings and deadline without waiting for them.
    if (const char* now = std::getenv("JUDGE_NOW"); now != nullptr && *now != '\0') {
      const auto at = judge::parse_iso8601(now);
      if (!at) {
        throw judge::Error(fmt::format("JUDGE_NOW={} is not a time", printable(now)),
                           "give an ISO 8601 UTC time such as 2026-12-01T09:00:00Z, or unset it "
                           "(it is a testing aid)");
      }
      clock_ = std::make_unique<judge::FixedClock>(*at);
    }
  }
  return clock_ ? *clock_ : judge::system_clock();
}

const judge::UserConfig& Context::config() {
  if (!config_) {
    config_ = judge::read_config(home() / "config.toml");
  }
  return *config_;
}

const judge::Languages& Context::languages() {
  if (!languages_) {
    languages_ = judge::Languages::load(home() / "languages.toml");
  }
  return *languages_;
}

const judge::Library& Context::library() {
  if (!library_) {
    library_ = judge::Library::load(judge::builtin_pack_dir(), home() / "packs");
    for (const auto& broken : library_->broken()) {
      fmt::print(stderr, "judge: warning: skipping a pack that cannot be read: {}\n",
                 printable(broken));
    }
  }
  return *library_;
}

judge::Store& Context::store() {
  if (!store_ || store_->read_only()) {
    // A store a reading command opened read-only cannot take a write: opening it for writing
    // again says why.
    mock_.reset();
    session_.reset();
    store_ = std::make_unique<judge::Store>(home() / "judge.db", judge::Store::Mode::kReadWrite,
                                            clock());
  }
  return *store_;
}

judge::Store& Context::reading_store() {
  if (store_) {
    return *store_;
  }
  const fs::path path = home() / "judge.db";
  try {
    store_ = std::make_unique<judge::Store>(path, judge::Store::Mode::kReadWrite, clock());
  } catch (const judge::StoreError& e) {
    std::unique_ptr<judge::Store> reader;
    try {
      reader = std::make_unique<judge::Store>(path, judge::Store::Mode::kReadOnly, clock());
    } catch (const judge::StoreError&) {
      throw e;  // the first failure says more
    }
    fmt::print(
        stderr, "judge: note: {}; {}\n", printable(e.what()),
        reader->empty() ? "no history is shown" : "showing what it holds without changing it");
    store_ = std::move(reader);
  }
  return *store_;
}

judge::SandboxRunner& Context::runner() {
  if (!runner_) {
    sandbox::SandboxOptions options;
    // JUDGE_SANDBOX=landlock runs without namespaces, as on machines that forbid them: for
    // comparing the two, and for a kernel whose namespaces misbehave.
    if (const char* mode = std::getenv("JUDGE_SANDBOX"); mode != nullptr) {
      if (std::string_view(mode) == "landlock") {
        options.namespaces = false;
      } else if (std::string_view(mode) != "namespaces") {
        throw judge::Error(fmt::format("JUDGE_SANDBOX={} is not a sandbox mode", mode),
                           "use JUDGE_SANDBOX=namespaces (the default) or landlock");
      }
    }
    // Toolchains that live outside /usr (a JDK's configuration under /etc, say).
    for (const auto& lang : languages().all()) {
      for (const auto& mount : lang.mounts) {
        std::error_code ec;
        if (fs::exists(mount, ec)) {
          options.system_binds.push_back({mount, mount, false});
        }
      }
    }
    // Installed packs (the built-in one under /usr/local/share/judge, say) sit inside a
    // folder every program sees: their tests, answers and solutions are covered in every run.
    options.hidden_paths = {judge::builtin_pack_dir().string(), home().string(),
                            judge::cache_dir().string()};
    options.hidden_paths.insert(options.hidden_paths.end(), hidden_.begin(), hidden_.end());
    runner_ = std::make_unique<judge::SandboxRunner>(std::move(options));
  }
  return *runner_;
}

judge::Compiler& Context::compiler() {
  if (!compiler_) {
    compiler_ = std::make_unique<judge::SandboxCompiler>(runner(), judge::cache_dir());
  }
  return *compiler_;
}

judge::Judge& Context::judge() {
  if (!judge_) {
    judge_ = std::make_unique<judge::Judge>(runner(), compiler(), languages(), judge::cache_dir());
  }
  return *judge_;
}

void Context::hide(const fs::path& dir) {
  if (runner_) {
    throw std::logic_error("Context::hide() after the sandbox was made");
  }
  std::error_code ec;
  hidden_.push_back(fs::weakly_canonical(dir, ec).string());
  // The pack a problem belongs to: its other problems' answers too.
  if (fs::exists(dir.parent_path() / "pack.toml", ec)) {
    hidden_.push_back(fs::weakly_canonical(dir.parent_path(), ec).string());
  }
}

judge::Session& Context::session() {
  static_cast<void>(store());
  return session_over_store();
}

judge::Session& Context::reading_session() {
  static_cast<void>(reading_store());
  return session_over_store();
}

judge::Session& Context::session_over_store() {
  if (!session_) {
    session_ = std::make_unique<judge::Session>(library(), *store_, clock(),
                                                [this]() -> judge::Judge& { return judge(); });
  }
  return *session_;
}

judge::MockSession& Context::mock() {
  return mock_over(session());
}

judge::MockSession& Context::reading_mock() {
  return mock_over(reading_session());
}

judge::MockSession& Context::mock_over(judge::Session& session) {
  if (!mock_) {
    mock_notes_.clear();
    mock_ = std::make_unique<judge::MockSession>(
        session, library(), judge::MockSession::question_bank(library(), &mock_notes_));
  }
  return *mock_;
}

void Context::hide_problem(const judge::Problem& problem) {
  if (!runner_) {
    // A problem judged by path may sit under /usr; a follow-up's folder is inside its
    // problem's.
    hide(problem.stage == 0 ? problem.dir : problem.dir.parent_path().parent_path());
  }
}

judge::Problem Context::load_stage(const std::string& id, int followup) {
  judge::Problem problem = reading_session().load_stage(id, followup);
  hide_problem(problem);
  return problem;
}

judge::Problem Context::choose_problem(const std::string& file, const std::string& source,
                                       const std::string& id, int followup) {
  judge::Problem problem = session().choose_problem(file, source, id, followup);
  hide_problem(problem);
  return problem;
}

void Context::warn_degraded() {
  if (warned_) {
    return;
  }
  warned_ = true;
  const auto& layers = runner().layers();
  if (!layers.mount_namespace) {
    for (const auto& note : layers.notes) {
      fmt::print(stderr, "judge: warning: {}\n", note);
    }
    fmt::print(stderr, "judge: warning: run 'judge doctor' for what this machine allows\n");
  }
}

}  // namespace cli
