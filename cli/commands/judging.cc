// judge test, judge submit.
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
  r.problem = ctx.library().load_problem(id);
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

void run_judging(Context& ctx, JudgeOptions o, bool submit) {
  if (o.explain.text && o.explain.file) {
    throw judge::Error("pass either --explain or --explain-file, not both");
  }
  Resolved r = resolve(ctx, o);
  judge::Store& store = ctx.store();
  store.remember_problem(r.problem);
  if (!judge::Compiler::available(*r.language)) {
    throw judge::Error(
        fmt::format("{} is not installed ('{}' not found)", r.language->name,
                    r.language->toolchain()),
        fmt::format("install it with: sudo apt-get install {}", r.language->package));
  }
  std::string explanation;
  if (submit) {
    explanation = get_explanation(o.explain, r.problem.title);
  }
  ctx.warn_degraded();
  const std::size_t samples = r.problem.sample_count();
  TerminalReporter terminal(ctx.term, samples, o.json);
  judge::Judge& judge = ctx.judge();
  judge.prepare_tests(r.problem, terminal);

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
  // A problem judged by path (not from a pack) is remembered by its folder too, so that
  // judge review can show its reference explanation.
  std::error_code ec;
  const auto entry = ctx.library().find(r.problem.id);
  const std::string problem_dir = entry && fs::equivalent(entry->dir, r.problem.dir, ec)
                                      ? std::string()
                                      : r.problem.dir.string();
  const std::int64_t id =
      store.begin(submit ? judge::RunKind::kSubmission : judge::RunKind::kTest, r.problem.id,
                  r.language->id, r.file_name, r.source, explanation, problem_dir);
  if (!o.json) {
    fmt::print(
        "{} {} {}\n", ctx.term.paint(submit ? "Submitting" : "Testing", Style::kBold),
        printable(r.file_name),
        ctx.term.paint(fmt::format("({}, {})", r.problem.id, r.language->name), Style::kDim));
  }
  StoringReporter reporter(store, id, terminal, samples);
  judge::JudgeOutcome outcome = judge.judge(request, reporter);
  store.finish(id, outcome);
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
