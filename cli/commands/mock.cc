// judge mock start|status|answer|end|abandon|report|list: the mock phone screen. The engine
// (judge::MockSession) picks, stores, reviews and scores; this file asks and renders.
#include "judge/mock.h"

#include <unistd.h>

#include <ctime>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "../explain.h"
#include "../feedback.h"
#include "../json_output.h"
#include "../starter.h"
#include "commands.h"
#include "judge/coach/closing.h"
#include "judge/coach/star.h"
#include "judge/compile.h"
#include "judge/error.h"

namespace cli {

namespace fs = std::filesystem;
using nlohmann::json;
using std::chrono::seconds;

namespace {

// 32:10, or 1:02:03 past an hour.
std::string duration_text(seconds s) {
  const auto total = std::abs(s.count());
  if (total >= 3600) {
    return fmt::format("{}:{:02}:{:02}", total / 3600, total % 3600 / 60, total % 60);
  }
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

// A time as the candidate's wall clock shows it: 09:45.
std::string local_time(judge::TimePoint at, const char* format = "%H:%M") {
  const std::time_t t = std::chrono::system_clock::to_time_t(at);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string local_time(const std::string& iso, const char* format = "%H:%M") {
  const auto at = judge::parse_iso8601(iso);
  return at ? local_time(*at, format) : iso;
}

std::string clock_line(const judge::MockClock& clock) {
  if (clock.overtime()) {
    return fmt::format("Mock #{}: {} over time (the deadline was {}); runs are marked overtime.",
                       clock.mock, duration_text(clock.left), local_time(clock.deadline));
  }
  return fmt::format("Mock #{}: {} left, until {}.", clock.mock, duration_text(clock.left),
                     local_time(clock.deadline));
}

std::string warning_text(int minutes) {
  switch (minutes) {
    case 10:
      return "10 minutes left: get a working version in, then state its complexity.";
    case 5:
      return "5 minutes left: submit what works and explain it; the interviewer moves on soon.";
    default:
      return "Time is up: submissions still judge but are marked overtime. Finish with: judge "
             "mock end";
  }
}

std::string verdict_text(const Terminal& term, const std::optional<judge::Verdict>& v) {
  return v ? term.verdict(*v) : term.paint("-", Style::kDim);
}

// "12:30 in" for a moment of the session.
std::string into(const std::optional<seconds>& s) {
  return s ? duration_text(*s) + " in" : std::string("-");
}

std::optional<seconds> since(const std::string& from, const std::string& to) {
  const auto a = judge::parse_iso8601(from);
  const auto b = judge::parse_iso8601(to);
  if (!a || !b) {
    return std::nullopt;
  }
  return std::chrono::duration_cast<seconds>(*b - *a);
}

std::string problem_line(const Terminal& term, std::size_t index,
                         const judge::MockProblemReport& p) {
  std::string state;
  if (p.solved) {
    state = term.paint(
        fmt::format("accepted {}{}", into(p.solved_at), p.solved_overtime ? " (overtime)" : ""),
        p.solved_overtime ? Style::kYellow : Style::kGreen);
  } else if (p.last_verdict) {
    state = fmt::format("not accepted (last: {})", code(*p.last_verdict));
  } else {
    state = "not submitted";
  }
  std::string counts = fmt::format("{} submission{}", p.submissions, p.submissions == 1 ? "" : "s");
  if (p.rejected > 0) {
    counts += fmt::format(" ({} rejected)", p.rejected);
  }
  counts += fmt::format(", {} test run{}", p.test_runs, p.test_runs == 1 ? "" : "s");
  if (p.hints > 0) {
    counts += fmt::format(", {} hint{}", p.hints, p.hints == 1 ? "" : "s");
  }
  if (p.followups_solved > 0) {
    counts += fmt::format(", follow-up{} solved: {}", p.followups_solved == 1 ? "" : "s",
                          p.followups_solved);
  }
  return fmt::format("  {}. {} {} ({}, about {} min): {}; {}\n", index + 1,
                     term.paint(printable(p.row.problem), Style::kBold), printable(p.row.title),
                     p.row.difficulty, p.row.minutes, state, counts);
}

std::string timeline_text(const Terminal& term, const judge::MockReport& report) {
  Table table({"AT", "WHAT", "PROBLEM", "VERDICT", "RUN", ""});
  for (const auto& e : report.timeline) {
    std::string what = e.kind;
    std::string note;
    if (e.kind == "hint") {
      note = "hint " + e.detail;
    } else if (e.kind == "warning") {
      note = e.detail == "0" ? "time is up" : e.detail + " minutes left";
    } else if (e.kind == "answer") {
      note = "behavioural answer written";
    } else if (e.kind == "closing") {
      note = "questions for the interviewer";
    } else if (!e.detail.empty()) {
      note = e.detail;
    }
    if (e.overtime) {
      note = term.paint("overtime", Style::kYellow);
    }
    std::string run;
    if (e.run != 0) {
      run = fmt::format("#{}{}", e.run, e.kind == "test" ? "t" : "");
    }
    table.add({duration_text(e.elapsed), what, printable(e.problem),
               e.kind == "test" || e.kind == "submit" ? verdict_text(term, e.verdict) : "", run,
               note});
  }
  return table.render(term);
}

std::string score_text(const Terminal& term, const judge::MockScore& score) {
  std::string out =
      fmt::format("{} {} of 100 ({} of {} points)\n", term.paint("Score", Style::kBold),
                  score.score, score.points, score.possible);
  for (const auto& part : score.parts) {
    out += fmt::format("  {:<24} {:>3}/{:<3} {}\n", printable(part.part), part.points,
                       part.possible, printable(fmt::format("{}", fmt::join(part.reasons, "; "))));
  }
  out += term.paint(
      "  The rule: problems share 60 points (70% accepted in time, half that in overtime; 30% "
      "the explanation, a third off per thing to fix; -10% per rejected submission or hint, "
      "at most -30%); the STAR answer 20 (-4 per thing to fix); the closing questions 20 (-5 "
      "per thing to fix). docs/cli.md has it in full.\n",
      Style::kDim);
  return out;
}

void print_header(const Terminal& term, const judge::MockReport& report) {
  const auto& m = report.mock;
  std::string when =
      fmt::format("{} minutes, from {} to {}", m.minutes,
                  local_time(m.started_at, "%Y-%m-%d %H:%M"), local_time(m.deadline));
  if (!m.ended_at.empty()) {
    when += fmt::format(", {} at {}", m.status == "abandoned" ? "abandoned" : "ended",
                        local_time(m.ended_at));
  }
  fmt::print("{} {}: {} (local time), language {}\n",
             term.paint(fmt::format("Mock phone screen #{}", m.id), Style::kBold),
             m.status == "active" ? "in progress" : m.status, when, printable(m.language));
}

void print_behavioural(const Terminal& term, const judge::MockRow& m, bool with_feedback) {
  if (m.question.empty()) {
    return;
  }
  fmt::print("{} ({}): {}\n", term.paint("Behavioural", Style::kBold), printable(m.competency),
             printable(m.question_text));
  if (m.answered_at.empty()) {
    fmt::print("  {}\n", m.status == "active"
                             ? "not answered yet: judge mock answer (opens the STAR template)"
                             : "not answered");
  } else if (m.answer_feedback) {
    fmt::print("  answered {}; {}\n", into(since(m.started_at, m.answered_at)),
               to_fix(*m.answer_feedback));
    if (with_feedback) {
      fmt::print("{}", render_feedback(*m.answer_feedback, term, 4));
    }
  }
}

void print_report(const Terminal& term, const judge::MockReport& report, bool full) {
  print_header(term, report);
  fmt::print("\n");
  print_behavioural(term, report.mock, full);
  fmt::print("{}\n", term.paint("Problems", Style::kBold));
  for (std::size_t i = 0; i < report.problems.size(); ++i) {
    const auto& p = report.problems[i];
    fmt::print("{}", problem_line(term, i, p));
    if (!full) {
      fmt::print("     {}\n", term.paint(printable(p.row.file), Style::kDim));
    } else if (p.explanation) {
      fmt::print("     explanation of submission #{}: {}\n{}", p.counted, to_fix(*p.explanation),
                 render_feedback(*p.explanation, term, 5));
    }
  }
  const auto& m = report.mock;
  if (!m.closing_at.empty() && m.closing_feedback) {
    fmt::print("{}: {}\n", term.paint("Your questions for the interviewer", Style::kBold),
               to_fix(*m.closing_feedback));
    if (full) {
      fmt::print("{}", render_feedback(*m.closing_feedback, term, 4));
    }
  }
  fmt::print("\n{}\n{}", term.paint("Timeline", Style::kBold), timeline_text(term, report));
  if (full) {
    fmt::print("\n{}", score_text(term, report.score));
  }
}

// Where the starter files go by default: a folder of its own, named by the local time.
fs::path default_dir(Context& ctx) {
  return fs::path(local_time(ctx.clock().now(), "mock-%Y%m%d-%H%M"));
}

struct StartOptions {
  judge::MockOptions mock;
  std::uint64_t seed = 0;
  CLI::Option* seed_option = nullptr;
  bool no_behavioural = false;
  std::string lang;
  std::string dir;
  std::string answer_file;
  bool force = false;
  bool json = false;
};

const char* kAnswerFlags =
    "pass --answer-file F (your STAR answer; - for standard input), or --no-behavioural";

std::string read_answer_file(const std::string& file) {
  std::string text = clean_explanation(read_text_file(file, "answer", "check the path"));
  if (text.empty()) {
    throw judge::Error(fmt::format("the answer file {} is empty", file),
                       "write your STAR answer in it: Situation, Task, Action, Result");
  }
  return text;
}

// Stores the answer, then shows its feedback (on standard error with --json).
void answer_and_review(Context& ctx, const std::string& text, bool json) {
  const judge::coach::StarReview review = ctx.mock().answer(text);
  if (json) {
    return;
  }
  fmt::print("\n{}: {} words, about {}-{} s spoken; {}\n{}",
             ctx.term.paint("Your answer", Style::kBold), review.answer.words,
             static_cast<int>(review.seconds_fast), static_cast<int>(review.seconds_slow),
             to_fix(review.feedback), render_feedback(review.feedback, ctx.term));
}

// The STAR answer from the editor or a prompt; empty when none was written. What was typed
// before a Ctrl-C at the prompt is kept as the answer.
std::string ask_answer(Context& ctx, const judge::coach::Question& question, bool json) {
  try {
    return ask_text({"answer", judge::coach::star_template(question), "ANSWER.md",
                     "Answer in STAR form (Situation, Task, Action, Result), as you would say it "
                     "aloud: 250 to 350 words.",
                     kAnswerFlags});
  } catch (const ExplanationInterrupted& e) {
    if (!e.text().empty()) {
      answer_and_review(ctx, e.text(), json);
    }
    throw judge::Interrupted(
        "interrupted; the mock goes on (judge mock status)" +
        std::string(e.text().empty() ? "" : ", and what you wrote is kept as your answer"));
  }
}

void run_start(Context& ctx, const StartOptions& o) {
  judge::MockOptions options = o.mock;
  options.behavioural = !o.no_behavioural;
  if (o.seed_option != nullptr && o.seed_option->count() > 0) {
    options.seed = o.seed;
  }
  // What cannot go on is said before anything is stored or written.
  std::optional<std::string> answer;
  if (!options.behavioural && !o.answer_file.empty()) {
    throw judge::Error(
        "--answer-file answers the behavioural question, which --no-behavioural "
        "leaves out",
        "pass one of them");
  }
  if (options.behavioural) {
    if (!o.answer_file.empty()) {
      answer = read_answer_file(o.answer_file);
    } else if (isatty(STDIN_FILENO) == 0) {
      throw judge::Error(
          "a mock starts with a behavioural question, and standard input is not a "
          "terminal to answer it",
          kAnswerFlags);
    }
  }
  judge::Session& session = ctx.session();
  std::string lang_id = o.lang;
  if (lang_id.empty()) {
    lang_id = session.last_language();
  }
  if (lang_id.empty()) {
    throw judge::Error("which language? pass --lang (cpp, c, py, java, js)",
                       "for example: judge mock start --lang py");
  }
  const judge::Language& lang = ctx.languages().get(lang_id);
  if (!judge::Compiler::available(lang)) {
    throw judge::Error(
        fmt::format("{} is not installed ('{}' not found)", lang.name, lang.toolchain()),
        fmt::format("install it with: sudo apt-get install {}, or pass --lang", lang.package));
  }
  judge::MockSession& mock = ctx.mock();
  const judge::MockPlan plan = mock.plan(options);
  const fs::path dir = o.dir.empty() ? default_dir(ctx) : fs::path(o.dir);
  std::vector<fs::path> files;
  for (const auto& p : plan.problems) {
    files.push_back(
        write_starter_file(p, lang, dir, o.force, ctx.session().starter_marker(p, lang)));
  }
  const judge::MockRow row = mock.begin(options, plan, files, lang);
  for (const auto& note : plan.notes) {
    fmt::print(stderr, "judge: note: {}\n", printable(note));
  }
  for (const auto& note : ctx.mock_notes()) {
    fmt::print(stderr, "judge: warning: {}\n", printable(note));
  }
  const auto& term = ctx.term;
  if (!o.json) {
    fmt::print("{}: {} minutes, from {} to {} (local time). The clock is running.\n",
               term.paint(fmt::format("Mock phone screen #{}", row.id), Style::kBold), row.minutes,
               local_time(row.started_at), local_time(row.deadline));
  }
  if (plan.question) {
    if (!o.json) {
      fmt::print("\n{} ({}): {}\n", term.paint("First, a behavioural question", Style::kBold),
                 printable(plan.question->competency), printable(plan.question->text));
    }
    const std::string text = answer ? *answer : ask_answer(ctx, *plan.question, o.json);
    if (text.empty()) {
      fmt::print(stderr, "judge: note: no answer written; answer later with: judge mock answer\n");
    } else {
      answer_and_review(ctx, text, o.json);
    }
  }
  if (o.json) {
    json out = judge::mock_report_json(mock.report(row.id));
    json notes = plan.notes;
    for (const auto& note : ctx.mock_notes()) {
      notes.push_back(note);
    }
    out["notes"] = notes;
    fmt::print("{}\n", json_text(out));
    return;
  }
  fmt::print("\n{} (the easier first):\n", term.paint("Then the coding", Style::kBold));
  std::error_code ec;
  for (std::size_t i = 0; i < plan.problems.size(); ++i) {
    const auto& p = plan.problems[i];
    fmt::print("  {}. {} {} ({}, about {} min): {}\n", i + 1,
               term.paint(printable(p.id), Style::kBold), printable(p.title),
               judge::to_string(p.difficulty), p.minutes,
               printable(fs::relative(files[i], fs::current_path(), ec).string()));
  }
  fmt::print("{}\n", term.paint("Read a problem: judge show ID. Try the examples: judge test "
                                "FILE. Submit, explaining: judge submit FILE.\nTime left and "
                                "what is done: judge mock status. At the end: judge mock end.",
                                Style::kDim));
}

void run_status(Context& ctx, bool as_json) {
  judge::MockSession& mock = ctx.mock();
  const auto active = mock.active();
  if (!active) {
    if (as_json) {
      fmt::print("{}\n", json_text(json{{"active", false}}));
    } else {
      fmt::print("No mock session in progress. Start one: judge mock start --lang L\n");
    }
    return;
  }
  print_mock_clock(ctx, as_json);
  const judge::MockReport report = mock.report(active->id);
  if (as_json) {
    json out = judge::mock_report_json(report);
    out["active"] = true;
    fmt::print("{}\n", json_text(out));
    return;
  }
  print_report(ctx.term, report, false);
  for (const auto& offer : report.offers) {
    std::error_code ec;
    fmt::print(
        "\n{} {} is accepted and time remains: the interviewer asks follow-up {}.\n  "
        "judge start {} --followup {} --lang {} --dir {}\n",
        ctx.term.paint("Follow-up:", Style::kBold), printable(offer.problem), offer.followup,
        printable(offer.problem), offer.followup, printable(active->language),
        printable(fs::relative(offer.dir, fs::current_path(), ec).string()));
  }
  fmt::print("\n{}\n", ctx.term.paint("When you are done: judge mock end (it asks your questions "
                                      "for the interviewer).",
                                      Style::kDim));
}

void run_answer(Context& ctx, const std::string& answer_file, bool as_json) {
  judge::MockSession& mock = ctx.mock();
  const auto active = mock.active();
  if (!active) {
    throw judge::Error("no mock session is in progress", "start one: judge mock start --lang L");
  }
  print_mock_clock(ctx, as_json);
  if (active->question.empty()) {
    throw judge::Error(fmt::format("mock session #{} has no behavioural question", active->id),
                       "it was started with --no-behavioural");
  }
  std::string text;
  if (!answer_file.empty()) {
    text = read_answer_file(answer_file);
  } else {
    judge::coach::Question question;
    question.id = active->question;
    question.competency = active->competency;
    question.text = active->question_text;
    text = ask_answer(ctx, question, as_json);
    if (text.empty()) {
      throw judge::Error("the answer is empty, so nothing was kept",
                         "write what was going on, what you had to do, what you did and how it "
                         "ended");
    }
  }
  answer_and_review(ctx, text, as_json);
  if (as_json) {
    fmt::print("{}\n", json_text(judge::mock_report_json(mock.report(active->id))));
  }
}

void run_end(Context& ctx, const std::string& questions_file, bool as_json) {
  judge::MockSession& mock = ctx.mock();
  const auto active = mock.active();
  if (!active) {
    throw judge::Error("no mock session is in progress", "start one: judge mock start --lang L");
  }
  print_mock_clock(ctx, as_json);
  const char* flags = "pass --questions-file F (one question a line; - for standard input)";
  std::string text;
  if (!questions_file.empty()) {
    text = clean_explanation(read_text_file(questions_file, "questions", "check the path"));
  } else {
    try {
      text =
          ask_text({"questions", judge::coach::closing_template(), "QUESTIONS.md",
                    "Last, your questions for the interviewer, one a line: at least two.", flags});
    } catch (const ExplanationInterrupted&) {
      throw judge::Interrupted("interrupted; the mock goes on (judge mock end when ready)");
    }
  }
  if (judge::coach::split_questions(text).empty()) {
    throw judge::Error("no questions for the interviewer, so the mock goes on",
                       "an interviewer leaves time for two or three: write them, or drop the "
                       "session with 'judge mock abandon'");
  }
  const judge::MockReport report = mock.end(text);
  if (as_json) {
    fmt::print("{}\n", json_text(judge::mock_report_json(report)));
    return;
  }
  fmt::print("\n");
  print_report(ctx.term, report, true);
  fmt::print("\n{}\n", ctx.term.paint(fmt::format("'judge review N' shows a submission with the "
                                                  "reference explanation; 'judge mock report {}' "
                                                  "shows this again.",
                                                  report.mock.id),
                                      Style::kDim));
}

void run_abandon(Context& ctx) {
  const judge::MockRow row = ctx.mock().abandon();
  fmt::print(
      "Abandoned mock #{}. Its runs stay in the history; 'judge mock report {}' still "
      "shows it.\n",
      row.id, row.id);
}

void run_report(Context& ctx, std::int64_t id, bool as_json) {
  const judge::MockReport report = ctx.reading_mock().report(id);
  if (as_json) {
    fmt::print("{}\n", json_text(judge::mock_report_json(report)));
    return;
  }
  print_report(ctx.term, report, true);
}

void run_list(Context& ctx, int limit, bool as_json) {
  judge::MockSession& mock = ctx.reading_mock();
  const auto rows = mock.list(limit);
  json out = json::array();
  Table table({"#", "STARTED", "MINUTES", "STATUS", "PROBLEMS", "SCORE"});
  table.align_right(0);
  for (const auto& row : rows) {
    const judge::MockReport report = mock.report(row.id);
    std::vector<std::string> problems;
    for (const auto& p : report.problems) {
      problems.push_back(p.row.problem + (p.solved ? " ✓" : ""));
    }
    const std::string score =
        row.status == "ended" ? std::to_string(report.score.score) : std::string("-");
    table.add({std::to_string(row.id), local_time(row.started_at, "%Y-%m-%d %H:%M"),
               std::to_string(row.minutes), row.status,
               printable(fmt::format("{}", fmt::join(problems, ", "))), score});
    out.push_back({{"id", row.id},
                   {"started_at", row.started_at},
                   {"minutes", row.minutes},
                   {"status", row.status},
                   {"problems", problems},
                   {"score", row.status == "ended" ? json(report.score.score) : json(nullptr)}});
  }
  if (as_json) {
    fmt::print("{}\n", json_text(out));
    return;
  }
  if (rows.empty()) {
    fmt::print("No mock sessions yet. Start one: judge mock start --lang L\n");
    return;
  }
  fmt::print("{}", table.render(ctx.term));
}

}  // namespace

void print_mock_clock(Context& ctx, bool as_json) {
  std::optional<judge::MockClock> clock;
  try {
    clock = ctx.reading_mock().tick();
  } catch (const judge::StoreError&) {
    return;  // a store that cannot be read: the command says so itself when it needs it
  }
  if (!clock) {
    return;
  }
  // With --json, standard output holds only the JSON: the clock goes to standard error, plain.
  std::FILE* out = as_json ? stderr : stdout;
  const auto paint = [&](const std::string& text, Style style) {
    return as_json ? text : ctx.term.paint(text, style);
  };
  const bool late = clock->overtime() || clock->left <= std::chrono::minutes(5);
  fmt::print(out, "{}\n", paint(clock_line(*clock), late ? Style::kYellow : Style::kDim));
  if (clock->warning) {
    fmt::print(out, "{}\n", paint(warning_text(*clock->warning), Style::kYellow));
  }
  std::fflush(out);
}

void add_mock_commands(CLI::App& app, Context& ctx) {
  auto* mock = app.add_subcommand(
      "mock",
      "A timed mock phone screen: a behavioural question, one or two problems, your "
      "questions for the interviewer, and a report with a score");
  mock->require_subcommand(1);

  auto start = std::make_shared<StartOptions>();
  auto* s = mock->add_subcommand("start", "Pick the problems, write their files, start the clock");
  s->add_option("--minutes", start->mock.minutes, "Length of the session (default 45)");
  s->add_option("--problems", start->mock.problems, "1 or 2 problems (default 2: easy, medium)");
  s->add_option("--difficulty", start->mock.difficulty, "Only easy, medium or hard problems");
  s->add_option("--tag", start->mock.tags, "Only problems with this tag (repeatable: any of them)");
  s->add_option("--pack", start->mock.pack, "Only problems of this pack");
  s->add_flag("--no-behavioural", start->no_behavioural, "Leave out the behavioural question");
  s->add_option("--lang", start->lang, "Language (default: the one you started last)");
  start->seed_option =
      s->add_option("--seed", start->seed, "Seed of the choice (the same seed, the same picks)");
  s->add_option("--dir", start->dir, "Where to write the files (default: ./mock-DATE-TIME)");
  s->add_option("--answer-file", start->answer_file,
                "Your STAR answer to the behavioural question, from a file (- for standard input)");
  s->add_flag("--force", start->force, "Overwrite existing files");
  s->add_flag("--json", start->json, "Print JSON");
  s->callback([&ctx, start] { run_start(ctx, *start); });

  auto status_json = std::make_shared<bool>(false);
  auto* st = mock->add_subcommand("status", "Time left, what is done, the timeline so far");
  st->add_flag("--json", *status_json, "Print JSON");
  st->callback([&ctx, status_json] { run_status(ctx, *status_json); });

  struct FileOptions {
    std::string file;
    bool json = false;
  };
  auto answer = std::make_shared<FileOptions>();
  auto* a = mock->add_subcommand("answer", "Answer (again) the session's behavioural question");
  a->add_option("--answer-file", answer->file, "Your STAR answer, from a file (- for stdin)");
  a->add_flag("--json", answer->json, "Print JSON");
  a->callback([&ctx, answer] { run_answer(ctx, answer->file, answer->json); });

  auto end = std::make_shared<FileOptions>();
  auto* e = mock->add_subcommand("end", "Ask your questions for the interviewer, end, and report");
  e->add_option("--questions-file", end->file,
                "Your questions for the interviewer, one a line (- for standard input)");
  e->add_flag("--json", end->json, "Print JSON");
  e->callback([&ctx, end] { run_end(ctx, end->file, end->json); });

  auto* ab = mock->add_subcommand("abandon", "Drop the session in progress (its runs are kept)");
  ab->callback([&ctx] { run_abandon(ctx); });

  struct ReportOptions {
    std::int64_t id = 0;
    bool json = false;
    std::string html;
  };
  auto report = std::make_shared<ReportOptions>();
  auto* r = mock->add_subcommand("report", "A session's report: parts, feedback, timeline, score");
  r->add_option("id", report->id, "Session number (default: the newest)");
  r->add_flag("--json", report->json, "Print JSON");
  r->add_option("--html", report->html,
                "Write the session's page (score, problems, timeline, feedback) to this file");
  r->callback([&ctx, report] {
    report->html.empty() ? run_report(ctx, report->id, report->json)
                         : write_mock_page(ctx, report->id, report->html);
  });

  struct ListOptions {
    int limit = 20;
    bool json = false;
  };
  auto list = std::make_shared<ListOptions>();
  auto* l = mock->add_subcommand("list", "The mock sessions, newest first");
  l->add_option("--limit", list->limit, "How many (default 20)");
  l->add_flag("--json", list->json, "Print JSON");
  l->callback([&ctx, list] { run_list(ctx, list->limit, list->json); });
}

}  // namespace cli
