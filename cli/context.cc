#include "context.h"

#include <cstdlib>
#include <regex>
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
  if (!store_) {
    store_ = std::make_unique<judge::Store>(home() / "judge.db");
  }
  return *store_;
}

judge::Store& Context::reading_store() {
  if (store_) {
    return *store_;
  }
  const fs::path path = home() / "judge.db";
  try {
    store_ = std::make_unique<judge::Store>(path);
  } catch (const judge::StoreError& e) {
    std::unique_ptr<judge::Store> reader;
    try {
      reader = std::make_unique<judge::Store>(path, judge::Store::Mode::kReadOnly);
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

judge::Problem Context::load_stage(const std::string& id_in, int followup) {
  // "two-sum/followup-1" (what judge start records for a follow-up's file) names a stage too.
  std::string id = id_in;
  static const std::regex kStage(R"((.+)/followup-([1-9][0-9]{0,3}))");
  std::smatch m;
  if (followup == 0 && std::regex_match(id_in, m, kStage)) {
    id = m[1].str();
    followup = std::stoi(m[2].str());
  }
  judge::Problem problem = library().load_problem(id);
  if (!runner_) {
    hide(problem.dir);  // a problem judged by path may sit under /usr
  }
  if (followup == 0) {
    return problem;
  }
  if (followup < 0) {
    throw judge::Error(fmt::format("--followup {} is not a follow-up number", followup),
                       "follow-ups are numbered from 1");
  }
  // An interviewer asks the follow-up once the first answer works.
  const auto attempted = store().attempted();
  const auto it = attempted.find(problem.id);
  if (it == attempted.end() || !it->second) {
    throw judge::Error(fmt::format("follow-up {} of {} unlocks once {} is accepted", followup,
                                   problem.id, problem.id),
                       fmt::format("solve it first: judge submit FILE --problem {}", problem.id));
  }
  return judge::load_followup(problem, followup);
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
