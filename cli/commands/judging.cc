// judge test, judge submit.
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../explain.h"
#include "../json_output.h"
#include "../reporter.h"
#include "commands.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/store.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct JudgeOptions {
  std::string file;
  std::string problem;
  std::string lang;
  int followup = 0;
  bool json = false;
  bool all = false;
  std::vector<std::string> inputs;
  ExplainOptions explain;  // set even when empty: --explain "" is an empty explanation
};

struct Resolved {
  judge::Problem problem;
  const judge::Language* language = nullptr;
  std::string source;
  std::string file_name;
};

// The largest source the judge takes, in bytes: JUDGE_MAX_SOURCE_KIB (KiB), else 1 MiB. A
// solution to an interview problem is a few KiB; a larger file is a mistake (a data file, a
// binary), and it would be stored, compiled and printed by review in full.
std::uintmax_t max_source_bytes() {
  constexpr std::uintmax_t kDefault = 1024 * 1024;
  const char* env = std::getenv("JUDGE_MAX_SOURCE_KIB");
  if (env == nullptr || *env == '\0') {
    return kDefault;
  }
  char* end = nullptr;
  errno = 0;
  const unsigned long long kib = std::strtoull(env, &end, 10);
  if (errno != 0 || *end != '\0' || kib == 0 || kib > 1024ULL * 1024) {
    throw judge::Error(fmt::format("JUDGE_MAX_SOURCE_KIB={} is not a size in KiB", env),
                       "set it to a whole number of KiB between 1 and 1048576 (default 1024), "
                       "or unset it");
  }
  return static_cast<std::uintmax_t>(kib) * 1024;
}

// The source, refused before anything is stored when it is too large or binary. A NUL byte
// marks a binary file (a compiled program, an image); text in another encoding than UTF-8
// (Latin-1 comments) is accepted, stored as it is, and shown with its odd bytes escaped.
std::string read_source(const std::string& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    throw judge::Error(fmt::format("cannot read {}: {}", file,
                                   fs::exists(file, ec) ? "not a regular file" : "no such file"),
                       "give the path of your solution's source file");
  }
  const std::uintmax_t limit = max_source_bytes();
  const std::uintmax_t size = fs::file_size(file, ec);
  if (!ec && size > limit) {
    throw judge::Error(fmt::format("{} is {} bytes; the judge takes sources of at most {} bytes",
                                   file, size, limit),
                       "give your solution's source file; JUDGE_MAX_SOURCE_KIB raises the limit "
                       "(see docs/cli.md)");
  }
  std::string source = judge::read_file(file);
  if (source.size() > limit) {  // it grew since
    throw judge::Error(fmt::format("{} is over {} bytes; the judge takes sources of at most {} "
                                   "bytes",
                                   file, limit, limit),
                       "give your solution's source file; JUDGE_MAX_SOURCE_KIB raises the limit "
                       "(see docs/cli.md)");
  }
  if (auto nul = source.find('\0'); nul != std::string::npos) {
    throw judge::Error(fmt::format("{} is a binary file (a NUL byte at offset {}), not a source "
                                   "file",
                                   file, nul),
                       "give the source file of your solution, not a compiled program");
  }
  return source;
}

Resolved resolve(Context& ctx, const JudgeOptions& o) {
  Resolved r;
  r.source = read_source(o.file);
  r.file_name = fs::path(o.file).filename().string();
  if (!o.lang.empty()) {
    r.language = &ctx.languages().get(o.lang);
  } else {
    r.language = ctx.languages().for_file(o.file);
    if (r.language == nullptr) {
      throw judge::Error(fmt::format("cannot tell the language of {} from its extension", o.file),
                         "pass --lang (cpp, c, py, java, js, ...)");
    }
  }
  // The problem: --problem; else the problem this file was started for; else the file's
  // name; else the last problem started.
  std::string id = o.problem;
  if (id.empty()) {
    const std::string path = fs::weakly_canonical(fs::absolute(o.file)).string();
    if (auto start = ctx.store().start_for_file(path)) {
      id = start->problem;
    } else if (ctx.library().find(fs::path(o.file).stem().string())) {
      id = fs::path(o.file).stem().string();
    } else if (auto latest = ctx.store().latest_start()) {
      id = latest->problem;
      fmt::print(stderr,
                 "judge: note: judging against {}, the problem you started last "
                 "(pass --problem to choose)\n",
                 printable(id));
    } else {
      throw judge::Error(
          fmt::format("which problem is {} for? its name is not a problem ID", o.file),
          "pass --problem ID, or name the file after the problem (two-sum.py)");
    }
  }
  r.problem = ctx.load_stage(id, o.followup);
  return r;
}

json outcome_json(const judge::JudgeOutcome& outcome, std::size_t samples) {
  json tests = json::array();
  for (const auto& t : outcome.tests) {
    tests.push_back({{"name", public_test_name(t, samples)},
                     {"verdict", judge::code(t.verdict)},
                     {"time_ms", t.time_ms},
                     {"wall_ms", t.wall_ms},
                     {"memory_kb", t.memory_kb},
                     {"exit_code", t.exit_code ? json(*t.exit_code) : json(nullptr)},
                     {"signal", t.signal ? json(*t.signal) : json(nullptr)},
                     {"message", t.message},
                     {"desc", t.sample ? json(nullptr) : json(t.desc)}});
  }
  return {{"verdict", judge::code(outcome.verdict)},
          {"compile",
           {{"ok", outcome.compile.ok},
            {"time_ms", outcome.compile.time.count()},
            {"cached", outcome.compile.cached},
            {"message", outcome.compile.message}}},
          {"tests", tests},
          {"passed", outcome.passed},
          {"total", outcome.planned},
          {"time_ms", outcome.max_time_ms},
          {"memory_kb", outcome.max_memory_kb},
          {"error", outcome.error}};
}

// Records each step in the store as it lands, and shows it.
class StoringReporter : public judge::Reporter {
 public:
  StoringReporter(judge::Store& store, std::int64_t id, judge::Reporter& inner, std::size_t samples)
      : store_(store), id_(id), inner_(inner), samples_(samples) {}
  void compiling(const judge::Language& l) override { inner_.compiling(l); }
  void compiled(const judge::CompileResult& r) override {
    store_.record_compile(id_, r);
    inner_.compiled(r);
  }
  void preparing(const std::string& what) override { inner_.preparing(what); }
  void test_started(const judge::TestCase& t, std::size_t i, std::size_t n) override {
    inner_.test_started(t, i, n);
  }
  void test_finished(const judge::TestOutcome& t) override {
    judge::TestOutcome stored = t;
    stored.name = public_test_name(t, samples_);
    store_.record_test(id_, stored);
    inner_.test_finished(t);
  }

 private:
  judge::Store& store_;
  std::int64_t id_;
  judge::Reporter& inner_;
  std::size_t samples_;
};

void print_summary(Context& ctx, const judge::JudgeOutcome& outcome, std::size_t samples,
                   bool submit, std::int64_t id) {
  const auto& term = ctx.term;
  std::string where;
  for (const auto& t : outcome.tests) {
    if (t.verdict != judge::Verdict::kAccepted) {
      where = " on " + printable(public_test_name(t, samples));
      break;
    }
  }
  fmt::print("\n{} {}{}", term.verdict(outcome.verdict),
             term.paint(std::string(judge::describe(outcome.verdict)), Style::kBold), where);
  if (outcome.verdict != judge::Verdict::kCompileError) {
    fmt::print(": {}/{} tests passed", outcome.passed, outcome.planned);
    if (outcome.tests.size() < outcome.planned) {
      fmt::print(" (hidden tests stop at the first failure; --all runs them all)");
    }
    fmt::print(", max {} and {}", format_ms(outcome.max_time_ms),
               format_kib(outcome.max_memory_kb));
  }
  fmt::print("\n");
  if (!outcome.error.empty()) {
    fmt::print("{}\n", term.paint(printable(outcome.error), Style::kMagenta));
  }
  if (submit) {
    fmt::print("{}\n",
               term.paint(fmt::format("Submission #{} saved. Review it: judge review {}", id, id),
                          Style::kDim));
  } else {
    fmt::print("{}\n", term.paint("Samples only. When ready: judge submit FILE", Style::kDim));
  }
}

// `text` quoted for a POSIX shell when it needs it, for commands the user may copy.
std::string shell_quote(const std::string& text) {
  constexpr std::string_view kPlain =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:+,@%";
  if (!text.empty() && text.find_first_not_of(kPlain) == std::string::npos) {
    return text;
  }
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

// Keeps an explanation that could not be stored: $JUDGE_HOME/drafts/PROBLEM-TIME.md, else the
// same name in the temporary folder (the judge's folder may be what failed). Returns the file,
// or empty when neither could be written.
fs::path save_draft(Context& ctx, const std::string& problem, const std::string& explanation) {
  std::string stamp = judge::now_iso8601();
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  const std::string name = fmt::format("{}-{}.md", problem, stamp);
  std::vector<fs::path> folders;
  try {
    folders.push_back(ctx.home() / "drafts");
  } catch (const judge::Error&) {
  }
  std::error_code ec;
  folders.push_back(fs::temp_directory_path(ec) / "judge-drafts");
  for (const auto& folder : folders) {
    fs::create_directories(folder, ec);
    const fs::path file = folder / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << explanation;
    out.close();
    if (out) {
      return file;
    }
  }
  return {};
}

// The command that submits again with the explanation kept in `draft`.
std::string retry_command(const JudgeOptions& o, const Resolved& r, const fs::path& draft) {
  std::string command =
      fmt::format("judge submit {} --problem {}", shell_quote(o.file),
                  shell_quote(o.problem.empty() ? r.problem.dir.string() : o.problem));
  if (!o.lang.empty()) {
    command += " --lang " + shell_quote(o.lang);
  }
  if (o.all) {
    command += " --all";
  }
  return command + " --explain-file " + shell_quote(draft.string());
}

// The error to show when the explanation could not be stored: the store's cause, and where the
// explanation is kept with the exact command that submits it again.
judge::StoreError keep_explanation(Context& ctx, const JudgeOptions& o, const Resolved& r,
                                   const std::string& explanation, const judge::StoreError& e) {
  const fs::path draft = save_draft(ctx, r.problem.id, explanation);
  if (draft.empty()) {
    // Nowhere to write it: standard error is the last place it can go.
    fmt::print(stderr, "judge: your explanation, which could not be saved anywhere:\n{}\n",
               explanation);
    return judge::StoreError(e.what(), e.hint());
  }
  return judge::StoreError(
      fmt::format("{}\nyour explanation is kept in {}", e.what(), draft.string()),
      fmt::format("{}; then submit again with: {}", e.hint(), retry_command(o, r, draft)));
}

void run_judging(Context& ctx, JudgeOptions o, bool submit) {
  if (o.explain.text && o.explain.file) {
    throw judge::Error("pass either --explain or --explain-file, not both");
  }
  Resolved r = resolve(ctx, o);
  if (!judge::Compiler::available(*r.language)) {
    throw judge::Error(
        fmt::format("{} is not installed ('{}' not found)", r.language->name,
                    r.language->toolchain()),
        fmt::format("install it with: sudo apt-get install {}", r.language->package));
  }
  judge::JudgeRequest request;
  request.problem = &r.problem;
  request.language = r.language;
  request.source = r.source;
  request.display_name = r.file_name;
  request.samples_only = !submit;
  request.run_all = o.all;
  for (const auto& input : o.inputs) {
    std::error_code ec;
    if (!fs::is_regular_file(input, ec)) {
      throw judge::Error(fmt::format("cannot read the input file {}", input));
    }
    request.extra_inputs.push_back(fs::absolute(input));
  }
  std::string explanation;
  if (submit) {
    try {
      explanation = get_explanation(o.explain, r.problem.title);
    } catch (const ExplanationInterrupted& e) {
      if (e.text().empty()) {
        throw judge::Interrupted("interrupted before anything was submitted");
      }
      const fs::path draft = save_draft(ctx, r.problem.id, e.text());
      throw judge::Interrupted(
          draft.empty() ? "interrupted before anything was submitted"
                        : fmt::format("interrupted before anything was submitted; what you wrote "
                                      "is kept in {}; submit it with: {}",
                                      draft.string(), retry_command(o, r, draft)));
    }
  }
  // A problem judged by path (not from a pack) is remembered by its folder too, so that
  // judge review can show its reference explanation.
  std::error_code ec;
  const auto entry = ctx.library().find(r.problem.id);
  const std::string problem_dir = entry && fs::equivalent(entry->dir, r.problem.dir, ec)
                                      ? std::string()
                                      : r.problem.dir.string();
  // What the user wrote is stored before anything slow (compiling, making the generated
  // tests): a failure or a Ctrl-C later loses none of it. If it cannot be stored, it is kept
  // in a draft file.
  std::int64_t id = 0;
  judge::Store* store = nullptr;
  try {
    store = &ctx.store();
    store->remember_problem(r.problem);
    id = store->begin(submit ? judge::RunKind::kSubmission : judge::RunKind::kTest, r.problem.id,
                      r.language->id, r.file_name, r.source, explanation, problem_dir);
  } catch (const judge::StoreError& e) {
    if (submit) {
      throw keep_explanation(ctx, o, r, explanation, e);
    }
    throw;
  }
  ctx.warn_degraded();
  const std::size_t samples = r.problem.sample_count();
  TerminalReporter terminal(ctx.term, samples, o.json);
  judge::Judge& judge = ctx.judge();
  if (!o.json) {
    fmt::print("{} {} {}\n", ctx.term.paint(submit ? "Submitting" : "Testing", Style::kBold),
               printable(r.file_name),
               ctx.term.paint(fmt::format("({}, {})", printable(r.problem.id), r.language->name),
                              Style::kDim));
  }
  StoringReporter reporter(*store, id, terminal, samples);
  judge::JudgeOutcome outcome;
  // Ctrl-C: the row keeps the tests that finished, marked interrupted; the temporary folders
  // went with the stack.
  auto stop = [&](const judge::JudgeOutcome& partial) {
    terminal.clear_live();
    store->finish_interrupted(id, partial);
    throw judge::Interrupted(
        fmt::format("interrupted after {} of {} tests; {} {} kept as interrupted",
                    partial.tests.size(), partial.planned, submit ? "submission" : "test run", id));
  };
  try {
    try {
      judge.prepare_tests(r.problem, terminal);
    } catch (const judge::Interrupted&) {
      judge::JudgeOutcome none;
      none.planned = submit ? r.problem.tests.size() : samples + request.extra_inputs.size();
      stop(none);
    }
    outcome = judge.judge(request, reporter);
    if (outcome.interrupted) {
      stop(outcome);
    }
    store->finish(id, outcome);
  } catch (const judge::StoreError& e) {
    if (submit) {
      throw keep_explanation(ctx, o, r, explanation, e);
    }
    throw;
  } catch (const judge::Interrupted&) {
    throw;
  } catch (const std::exception& e) {
    // The row exists since before judging: a problem that cannot be judged (a generator that
    // fails, a sandbox that cannot start) closes it as an internal error, not left "running".
    judge::JudgeOutcome failed = outcome;
    failed.verdict = judge::Verdict::kInternalError;
    failed.error = e.what();
    try {
      store->finish(id, failed);
    } catch (const judge::StoreError&) {
      // The error at hand says more; the row reads "interrupted" later.
    }
    throw;
  }
  if (o.json) {
    json out = outcome_json(outcome, samples);
    out["submission"] = submit ? json(id) : json(nullptr);
    if (!submit) {
      out["test_run"] = id;
    }
    out["problem"] = r.problem.id;
    out["language"] = r.language->id;
    fmt::print("{}\n", json_text(out));
  } else {
    print_summary(ctx, outcome, samples, submit, id);
  }
  ctx.exit_code = exit_code_for(outcome.verdict);
}

CLI::App* add_common(CLI::App* cmd, JudgeOptions& o) {
  cmd->add_option("file", o.file, "Your solution's source file")->required();
  cmd->add_option("--problem", o.problem,
                  "Problem ID or folder (default: the problem started for this file, else the "
                  "file's name)");
  cmd->add_option("--lang", o.lang, "Language (default: from the file's extension)");
  cmd->add_option("--followup", o.followup,
                  "Judge against the problem's follow-up N (unlocked once the problem is "
                  "accepted)");
  cmd->add_flag("--json", o.json, "Print one JSON object and nothing else on stdout");
  return cmd;
}

}  // namespace

void add_judging_commands(CLI::App& app, Context& ctx) {
  auto test = std::make_shared<JudgeOptions>();
  auto* t = add_common(app.add_subcommand("test",
                                          "Run your solution on the examples (and your own "
                                          "inputs), with full diffs"),
                       *test);
  t->add_option("--input", test->inputs, "Also run on this input file (repeatable)");
  t->callback([&ctx, test] { run_judging(ctx, *test, false); });

  auto submit = std::make_shared<JudgeOptions>();
  auto* s = add_common(app.add_subcommand("submit",
                                          "Explain your solution, then judge it on the "
                                          "hidden tests"),
                       *submit);
  s->add_option("--explain", submit->explain.text, "Your explanation, as text");
  s->add_option("--explain-file", submit->explain.file,
                "Read your explanation from a file (- for standard input)");
  s->add_flag("--all", submit->all, "Run every hidden test, not only up to the first failure");
  s->callback([&ctx, submit] { run_judging(ctx, *submit, true); });
}

}  // namespace cli
