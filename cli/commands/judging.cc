// judge test, judge submit.
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../explain.h"
#include "../feedback.h"
#include "../json_output.h"
#include "../reporter.h"
#include "commands.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/own_cases.h"
#include "judge/result_json.h"
#include "judge/session.h"
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
  std::vector<std::string> inputs;  // --input F
  std::vector<std::string> cases;   // --case IN[:ANS]
  bool save_case = false;           // --save-case [NAME]
  std::string save_name;            // empty: named after what is saved
  bool force = false;               // --save-case over a case of that name
  bool no_probe = false;            // submit: no complexity probe after an AC
  ExplainOptions explain;           // set even when empty: --explain "" is an empty explanation
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
  r.problem = ctx.choose_problem(o.file, r.source, o.problem, o.followup);
  return r;
}

void print_summary(Context& ctx, const judge::JudgeOutcome& outcome, std::size_t samples,
                   const judge::Attempt& attempt, std::int64_t id,
                   const std::optional<judge::coach::Feedback>& feedback,
                   const std::string& submit_command) {
  const bool submit = attempt.kind == judge::RunKind::kSubmission;
  const auto& term = ctx.term;
  std::string where;
  for (const auto& t : outcome.tests) {
    if (t.verdict != judge::Verdict::kAccepted) {
      where = " on " + printable(judge::public_test_name(t, samples));
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
  if (feedback) {
    fmt::print("\n{} ({})\n{}", term.paint("Your explanation", Style::kBold), to_fix(*feedback),
               render_feedback(*feedback, term));
  }
  if (attempt.overtime) {
    fmt::print("{}\n", term.paint(fmt::format("Overtime: after the deadline of mock #{}, and "
                                              "marked so.",
                                              attempt.mock),
                                  Style::kYellow));
  }
  if (submit) {
    fmt::print("{}\n",
               term.paint(fmt::format("Submission #{} saved. Review it: judge review {}", id, id),
                          Style::kDim));
  } else {
    fmt::print("{}\n",
               term.paint("Samples only. When ready: " + printable(submit_command), Style::kDim));
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

// The attempt to judge: what the user wrote, read and checked before anything is stored.
judge::Attempt make_attempt(const JudgeOptions& o, const Resolved& r, bool submit) {
  if (!judge::Compiler::available(*r.language)) {
    throw judge::Error(
        fmt::format("{} is not installed ('{}' not found)", r.language->name,
                    r.language->toolchain()),
        fmt::format("install it with: sudo apt-get install {}", r.language->package));
  }
  judge::Attempt attempt;
  attempt.kind = submit ? judge::RunKind::kSubmission : judge::RunKind::kTest;
  attempt.language = r.language;
  attempt.source = r.source;
  attempt.file_name = r.file_name;
  attempt.run_all = o.all;
  return attempt;
}

// A test run's own cases, after the samples: those kept for the problem ("yours/NAME"), then
// those of the command line ("own/FILE": --input F is --case F).
std::vector<judge::TestCase> own_tests(Context& ctx, const JudgeOptions& o,
                                       const judge::Problem& problem) {
  std::vector<judge::TestCase> tests = judge::saved_cases(judge::cases_dir(ctx.home(), problem.id));
  for (const auto& input : o.inputs) {
    tests.push_back(judge::own_case(input));
  }
  for (const auto& spec : o.cases) {
    tests.push_back(judge::parse_case(spec));
  }
  return tests;
}

// --save-case: the first case of the command line, else the first sample that failed in this
// run, kept as NAME.in (and NAME.ans) among the problem's cases. Returns the file written.
fs::path save_own_case(Context& ctx, const JudgeOptions& o, const judge::Problem& problem,
                       const judge::Attempt& attempt, const judge::JudgeOutcome& outcome) {
  const judge::TestCase* given = nullptr;
  for (const auto& t : attempt.own_tests) {
    if (t.name.rfind("own/", 0) == 0) {
      given = &t;
      break;
    }
  }
  fs::path input;
  fs::path answer;
  std::string name = o.save_name;
  if (given != nullptr) {
    input = given->input;
    answer = given->answer;
    if (name.empty()) {
      name = fs::path(given->input).stem().string();
    }
  } else {
    // A sample of the problem: the user's own cases are already kept, or on the command line.
    const auto failed =
        std::find_if(outcome.tests.begin(), outcome.tests.end(), [](const judge::TestOutcome& t) {
          return t.sample && t.verdict != judge::Verdict::kAccepted &&
                 t.name.rfind("own/", 0) != 0 && t.name.rfind("yours/", 0) != 0;
        });
    if (failed == outcome.tests.end()) {
      throw judge::Error(
          "--save-case: no sample failed in this run, and no --input or --case "
          "was given: nothing to save",
          "save an input of yours: judge test FILE --input my.in --save-case");
    }
    input = failed->input;
    answer = failed->answer;
    if (name.empty()) {
      name = failed->name;
      std::replace(name.begin(), name.end(), '/', '-');
    }
  }
  return judge::save_case(judge::cases_dir(ctx.home(), problem.id), name, input, answer, o.force);
}

// Asks for the explanation; on Ctrl-C keeps what was typed in a draft and says how to go on.
std::string ask_explanation(Context& ctx, const JudgeOptions& o, const Resolved& r) {
  try {
    return get_explanation(o.explain, r.problem.title);
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

void print_result(Context& ctx, const JudgeOptions& o, const Resolved& r,
                  const judge::JudgeOutcome& outcome, const judge::Attempt& attempt,
                  std::int64_t id, const fs::path& saved, const json& probe) {
  const bool submit = attempt.kind == judge::RunKind::kSubmission;
  const std::size_t samples = r.problem.sample_count();
  const auto feedback = submit ? ctx.session().feedback(id) : std::nullopt;
  if (o.json) {
    json out = judge::outcome_json(outcome, samples);
    out["submission"] = submit ? json(id) : json(nullptr);
    if (!submit) {
      out["test_run"] = id;
    }
    out["problem"] = r.problem.id;
    out["language"] = r.language->id;
    out["feedback"] = feedback ? judge::feedback_json(*feedback) : json(nullptr);
    out["mock"] = attempt.mock != 0 ? json(attempt.mock) : json(nullptr);
    out["overtime"] = attempt.overtime;
    if (!saved.empty()) {
      out["saved_case"] = saved.string();
    }
    if (submit) {
      out["probe"] = probe;
    }
    fmt::print("{}\n", json_text(out));
  } else {
    // The command to copy: the same file and the options that chose the problem.
    std::string command = "judge submit " + shell_quote(o.file);
    if (!o.problem.empty()) {
      command += " --problem " + shell_quote(o.problem);
    }
    if (o.followup != 0) {
      command += fmt::format(" --followup {}", o.followup);
    }
    if (!o.lang.empty()) {
      command += " --lang " + shell_quote(o.lang);
    }
    print_summary(ctx, outcome, samples, attempt, id, feedback, command);
    if (!saved.empty()) {
      fmt::print("Saved your case {}{}: every 'judge test' of {} runs it after the samples.\n",
                 printable(shell_quote(saved.string())),
                 fs::exists(fs::path(saved).replace_extension(".ans")) ? " (with its .ans)" : "",
                 printable(r.problem.id));
    }
  }
}

void run_judging(Context& ctx, JudgeOptions o, bool submit) {
  if (o.explain.text && o.explain.file) {
    throw judge::Error("pass either --explain or --explain-file, not both",
                       "--explain takes the text, --explain-file a file (- for standard input)");
  }
  Resolved r = resolve(ctx, o);
  judge::Attempt attempt = make_attempt(o, r, submit);
  if (!submit) {
    attempt.own_tests = own_tests(ctx, o, r.problem);
  }
  // In a mock session: the clock first, and the run is part of the session (or overtime).
  print_mock_clock(ctx, o.json);
  ctx.mock().attach(attempt, r.problem);
  if (submit) {
    attempt.explanation = ask_explanation(ctx, o, r);
  }
  // What the user wrote is stored before anything slow (compiling, making the generated
  // tests): a failure or a Ctrl-C later loses none of it. If it cannot be stored, it is kept
  // in a draft file.
  try {
    judge::Session& session = ctx.session();
    const std::int64_t id = session.begin(r.problem, attempt);
    ctx.warn_degraded();
    TerminalReporter terminal(ctx.term, r.problem.sample_count(), o.json);
    if (!o.json) {
      fmt::print("{} {} {}\n", ctx.term.paint(submit ? "Submitting" : "Testing", Style::kBold),
                 printable(r.file_name),
                 ctx.term.paint(fmt::format("({}, {})", printable(r.problem.id), r.language->name),
                                Style::kDim));
    }
    judge::JudgeOutcome outcome;
    try {
      outcome = session.judge(id, r.problem, attempt, terminal);
    } catch (const judge::Interrupted&) {
      terminal.clear_live();
      throw;
    }
    // The run's result is shown even when its case cannot be saved; the error comes after.
    fs::path saved;
    std::optional<judge::Error> not_saved;
    try {
      if (o.save_case) {
        saved = save_own_case(ctx, o, r.problem, attempt, outcome);
      }
    } catch (const judge::Error& e) {
      not_saved = e;
    }
    // The complexity probe after an AC: after the verdict is shown (it takes seconds), but
    // before the JSON, which holds it. It never changes the verdict or the exit code.
    const bool probe = submit && outcome.verdict == judge::Verdict::kAccepted && !o.no_probe &&
                       ctx.config().probe_after_accept;
    if (o.json) {
      const json probed = probe ? probe_after_accept(ctx, r.problem, *r.language, attempt, id, true)
                                : json(nullptr);
      print_result(ctx, o, r, outcome, attempt, id, saved, probed);
    } else {
      print_result(ctx, o, r, outcome, attempt, id, saved, nullptr);
      if (probe) {
        (void)probe_after_accept(ctx, r.problem, *r.language, attempt, id, false);
      }
    }
    ctx.exit_code = exit_code_for(outcome.verdict);
    if (not_saved) {
      throw *not_saved;
    }
  } catch (const judge::StoreError& e) {
    if (submit) {
      throw keep_explanation(ctx, o, r, attempt.explanation, e);
    }
    throw;
  }
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
                                          "Run your solution on the examples, then your own "
                                          "cases ($JUDGE_HOME/cases/ID, --case), with full "
                                          "diffs"),
                       *test);
  t->add_option("--input", test->inputs,
                "Also run on this input file, checked against the .ans beside it if any "
                "(repeatable)");
  t->add_option("--case", test->cases,
                "Also run on your case IN, or IN:ANS to check the output against ANS "
                "(repeatable)");
  auto* save = t->add_option("--save-case", test->save_name,
                             "Keep the first --input/--case, else the first failing sample, among "
                             "your cases for this problem, as NAME")
                   ->expected(0, 1);
  t->add_flag("--force", test->force, "With --save-case: replace a case of that name");
  t->callback([&ctx, test, save] {
    test->save_case = save->count() > 0;
    run_judging(ctx, *test, false);
  });

  auto submit = std::make_shared<JudgeOptions>();
  auto* s = add_common(app.add_subcommand("submit",
                                          "Explain your solution, then judge it on the "
                                          "hidden tests"),
                       *submit);
  s->add_option("--explain", submit->explain.text, "Your explanation, as text");
  s->add_option("--explain-file", submit->explain.file,
                "Read your explanation from a file (- for standard input)");
  s->add_flag("--all", submit->all, "Run every hidden test, not only up to the first failure");
  s->add_flag("--no-probe", submit->no_probe,
              "After an AC, do not measure how the solution's time grows (judge probe)");
  s->callback([&ctx, submit] { run_judging(ctx, *submit, true); });
}

}  // namespace cli
