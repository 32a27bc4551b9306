// judge mock start|status|answer|end|abandon|report|list: the mock phone screen. The engine
// (judge::MockSession) picks, stores, reviews and scores; this file asks and renders.
#include "judge/mock.h"

#include <unistd.h>

#include <cctype>
#include <ctime>
#include <fstream>

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

// `text` wrapped at spaces to the terminal's width: the first line after `first` spaces, the
// others after `rest`. Colour escapes take no width.
std::string wrapped(const Terminal& term, const std::string& text, std::size_t first,
                    std::size_t rest) {
  const auto width = static_cast<std::size_t>(std::max(40, term.width()));
  return wrap(text, width, std::string(first, ' '), std::string(rest, ' '));
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

// "accepted 36:00 in (overtime)", "not accepted (last: WA)", "not submitted".
std::string problem_state(const judge::MockProblemReport& p) {
  if (p.solved) {
    return fmt::format("accepted {}{}", into(p.solved_at), p.solved_overtime ? " (overtime)" : "");
  }
  if (p.last_verdict) {
    return fmt::format("not accepted (last: {})", code(*p.last_verdict));
  }
  return "not submitted";
}

std::string counted(int n, const char* what) {
  return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s");
}

// "2 submissions (1 rejected), 1 test run, 1 hint".
std::string problem_counts(const judge::MockProblemReport& p) {
  std::string counts = counted(p.submissions, "submission");
  if (p.rejected > 0) {
    counts += fmt::format(" ({} rejected)", p.rejected);
  }
  counts += ", " + counted(p.test_runs, "test run");
  if (p.hints > 0) {
    counts += ", " + counted(p.hints, "hint");
  }
  if (p.reveals > 0) {
    counts += ", " + counted(p.reveals, "hidden test") + " revealed";
  }
  if (p.followups_solved > 0) {
    counts += fmt::format(", follow-up{} solved: {}", p.followups_solved == 1 ? "" : "s",
                          p.followups_solved);
  }
  return counts;
}

std::string problem_line(const Terminal& term, std::size_t index,
                         const judge::MockProblemReport& p) {
  std::string state = problem_state(p);
  if (p.solved) {
    state = term.paint(state, p.solved_overtime ? Style::kYellow : Style::kGreen);
  }
  return wrapped(term,
                 fmt::format("{}. {} {} ({}, about {} min)", index + 1,
                             term.paint(printable(p.row.problem), Style::kBold),
                             printable(p.row.title), p.row.difficulty, p.row.minutes),
                 2, 5) +
         wrapped(term, fmt::format("{}; {}", state, problem_counts(p)), 5, 5);
}

// The last column of the timeline, plain.
std::string event_note(const judge::MockEvent& e) {
  if (e.overtime) {
    return "overtime";
  }
  if (e.kind == "hint") {
    return "hint " + e.detail;
  }
  if (e.kind == "warning") {
    return e.detail == "0" ? "time is up" : e.detail + " minutes left";
  }
  if (e.kind == "answer") {
    return "behavioural answer written";
  }
  if (e.kind == "closing") {
    return "questions for the interviewer";
  }
  if (e.kind == "reveal" && e.detail.empty()) {
    return "a hidden test shown";
  }
  return e.detail;
}

std::string run_text(const judge::MockEvent& e) {
  return e.run != 0 ? fmt::format("#{}{}", e.run, e.kind == "test" ? "t" : "") : std::string();
}

bool has_verdict(const judge::MockEvent& e) {
  return e.kind == "test" || e.kind == "submit";
}

std::string timeline_text(const Terminal& term, const judge::MockReport& report) {
  Table table({"AT", "WHAT", "PROBLEM", "VERDICT", "RUN", ""});
  for (const auto& e : report.timeline) {
    const std::string note = event_note(e);
    table.add({duration_text(e.elapsed), e.kind, printable(e.problem),
               has_verdict(e) ? verdict_text(term, e.verdict) : "", run_text(e),
               e.overtime ? term.paint(note, Style::kYellow) : printable(note)});
  }
  return table.render(term);
}

const char* kScoreRule =
    "The rule: problems share 60 points (70% accepted in time, half that in overtime; 30% the "
    "explanation, a third off per thing to fix; -10% per rejected submission, hint or hidden "
    "test revealed, at most -30%); the STAR answer 20 (-4 per thing to fix); the closing "
    "questions 20 (-5 per thing to fix). docs/mock.md has it in full.";

std::string score_text(const Terminal& term, const judge::MockScore& score) {
  std::string out =
      fmt::format("{} {} of 100 ({} of {} points)\n", term.paint("Score", Style::kBold),
                  score.score, score.points, score.possible);
  for (const auto& part : score.parts) {
    out += fmt::format("  {}: {} of {}\n", printable(part.part), part.points, part.possible);
    for (const auto& reason : part.reasons) {
      out += wrapped(term, printable(reason), 4, 6);
    }
  }
  return out + term.paint(wrapped(term, kScoreRule, 2, 2), Style::kDim);
}

// "ended: 45 minutes, from 2026-12-01 09:00 to 09:45, ended at 09:55 (local time), language c"
std::string header_text(const judge::MockRow& m) {
  std::string when =
      fmt::format("{} minutes, from {} to {}", m.minutes,
                  local_time(m.started_at, "%Y-%m-%d %H:%M"), local_time(m.deadline));
  if (!m.ended_at.empty()) {
    when += fmt::format(", {} at {}", m.status == "abandoned" ? "abandoned" : "ended",
                        local_time(m.ended_at));
  }
  return fmt::format("{}: {} (local time), language {}",
                     m.status == "active" ? "in progress" : m.status, when, printable(m.language));
}

void print_header(const Terminal& term, const judge::MockReport& report) {
  fmt::print("{}",
             wrapped(term,
                     fmt::format("{} {}",
                                 term.paint(fmt::format("Mock phone screen #{}", report.mock.id),
                                            Style::kBold),
                                 header_text(report.mock)),
                     0, 2));
}

void print_behavioural(const Terminal& term, const judge::MockRow& m, bool with_feedback) {
  if (m.question.empty()) {
    return;
  }
  fmt::print("\n{}", wrapped(term,
                             fmt::format("{} ({}): {}", term.paint("Behavioural", Style::kBold),
                                         printable(m.competency), printable(m.question_text)),
                             0, 2));
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
  print_behavioural(term, report.mock, full);
  fmt::print("\n{}\n", term.paint("Problems", Style::kBold));
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
    fmt::print("\n{}: {}\n", term.paint("Your questions for the interviewer", Style::kBold),
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

// The report as Markdown (judge mock report --markdown): what print_report(full) shows, with
// headings, lists and tables in place of the terminal's layout.
namespace markdown {

// Text for a table cell or a line: no line breaks, and no '|' to end a cell early.
std::string cell(const std::string& text) {
  std::string out;
  for (const char c : printable(text)) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += c == '\n' ? ' ' : c;
    }
  }
  return out;
}

// `text` with a capital first letter, to open a sentence.
std::string sentence(std::string text) {
  if (!text.empty()) {
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

std::string feedback(const judge::coach::Feedback& f) {
  std::string out;
  for (const auto& item : f.items) {
    const char* mark = item.severity == judge::coach::Severity::kPraise    ? "✓"
                       : item.severity == judge::coach::Severity::kWarning ? "**!**"
                                                                           : "·";
    out += fmt::format("- {} {}\n", mark, cell(item.message));
  }
  return out.empty() ? out : out + "\n";
}

std::string behavioural(const judge::MockRow& m) {
  if (m.question.empty()) {
    return "";
  }
  std::string out =
      fmt::format("## Behavioural ({})\n\n> {}\n\n", cell(m.competency), cell(m.question_text));
  if (m.answered_at.empty() || !m.answer_feedback) {
    return out + "Not answered.\n\n";
  }
  out += fmt::format("Answered {}; {}.\n\n", into(since(m.started_at, m.answered_at)),
                     to_fix(*m.answer_feedback));
  return out + feedback(*m.answer_feedback);
}

std::string problems(const judge::MockReport& report) {
  std::string out = "## Problems\n\n";
  for (std::size_t i = 0; i < report.problems.size(); ++i) {
    const auto& p = report.problems[i];
    out += fmt::format("### {}. {}: {} ({}, about {} min)\n\n{}; {}.\n\n", i + 1,
                       cell(p.row.problem), cell(p.row.title), p.row.difficulty, p.row.minutes,
                       sentence(problem_state(p)), problem_counts(p));
    if (p.explanation) {
      out +=
          fmt::format("Explanation of submission #{}: {}.\n\n", p.counted, to_fix(*p.explanation));
      out += feedback(*p.explanation);
    }
  }
  return out;
}

std::string closing(const judge::MockRow& m) {
  if (m.closing_at.empty() || !m.closing_feedback) {
    return "";
  }
  return fmt::format("## Your questions for the interviewer\n\n{}.\n\n",
                     sentence(to_fix(*m.closing_feedback))) +
         feedback(*m.closing_feedback);
}

std::string timeline(const judge::MockReport& report) {
  std::string out =
      "## Timeline\n\n| At | What | Problem | Verdict | Run | Note |\n|---:|---|---|---|---|---|\n";
  for (const auto& e : report.timeline) {
    const std::string verdict =
        !has_verdict(e) ? "" : (e.verdict ? std::string(code(*e.verdict)) : "-");
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", duration_text(e.elapsed), e.kind,
                       cell(e.problem), verdict, run_text(e), cell(event_note(e)));
  }
  return out + "\n";
}

std::string score(const judge::MockScore& s) {
  std::string out = fmt::format(
      "## Score: {} of 100\n\n{} of {} points.\n\n| Part | Points | Of | How "
      "|\n|---|---:|---:|---|\n",
      s.score, s.points, s.possible);
  for (const auto& part : s.parts) {
    out += fmt::format("| {} | {} | {} | {} |\n", cell(part.part), part.points, part.possible,
                       cell(fmt::format("{}", fmt::join(part.reasons, "; "))));
  }
  return out + fmt::format("\n{}\n", kScoreRule);
}

std::string report(const judge::MockReport& r) {
  return fmt::format("# Mock phone screen #{}\n\n{}.\n\n", r.mock.id,
                     sentence(cell(header_text(r.mock)))) +
         behavioural(r.mock) + problems(r) + closing(r.mock) + timeline(r) + score(r.score);
}

}  // namespace markdown

// Writes a report file whole or not at all: into a temporary file beside it, then moved into
// place. An existing file is replaced only with `force` (as judge export does). "-": standard
// output.
void write_report_file(const std::string& file, const std::string& text, bool force) {
  if (file == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return;
  }
  write_file_at_once(fs::absolute(file), text, force);
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

// The answer to the behavioural question when it comes from a file; checks, before anything
// is stored or written, that one can be had at all.
std::optional<std::string> answer_up_front(const StartOptions& o, bool behavioural) {
  if (!behavioural && !o.answer_file.empty()) {
    throw judge::Error(
        "--answer-file answers the behavioural question, which --no-behavioural "
        "leaves out",
        "pass one of them");
  }
  if (!behavioural) {
    return std::nullopt;
  }
  if (!o.answer_file.empty()) {
    return read_answer_file(o.answer_file);
  }
  if (isatty(STDIN_FILENO) == 0) {
    throw judge::Error(
        "a mock starts with a behavioural question, and standard input is not a "
        "terminal to answer it",
        kAnswerFlags);
  }
  return std::nullopt;
}

// --lang, else the language of the last `judge start`; it must be installed.
const judge::Language& start_language(Context& ctx, const std::string& lang) {
  std::string lang_id = lang.empty() ? ctx.session().last_language() : lang;
  if (lang_id.empty()) {
    throw judge::Error("which language? pass --lang (cpp, c, py, java, js)",
                       "for example: judge mock start --lang py");
  }
  const judge::Language& language = ctx.languages().get(lang_id);
  if (!judge::Compiler::available(language)) {
    throw judge::Error(
        fmt::format("{} is not installed ('{}' not found)", language.name, language.toolchain()),
        fmt::format("install it with: sudo apt-get install {}, or pass --lang", language.package));
  }
  return language;
}

void print_start_json(Context& ctx, const judge::MockRow& row, const judge::MockPlan& plan) {
  json out = judge::mock_report_json(ctx.mock().report(row.id));
  json notes = plan.notes;
  for (const auto& note : ctx.mock_notes()) {
    notes.push_back(note);
  }
  out["notes"] = notes;
  fmt::print("{}\n", json_text(out));
}

void print_problems(const Terminal& term, const judge::MockPlan& plan,
                    const std::vector<fs::path>& files) {
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

// The behavioural question and its answer: from the file, else the editor.
void ask_question(Context& ctx, const judge::MockPlan& plan,
                  const std::optional<std::string>& answer, bool as_json) {
  if (!plan.question) {
    return;
  }
  if (!as_json) {
    fmt::print("\n{} ({}): {}\n", ctx.term.paint("First, a behavioural question", Style::kBold),
               printable(plan.question->competency), printable(plan.question->text));
  }
  const std::string text = answer ? *answer : ask_answer(ctx, *plan.question, as_json);
  if (text.empty()) {
    fmt::print(stderr, "judge: note: no answer written; answer later with: judge mock answer\n");
  } else {
    answer_and_review(ctx, text, as_json);
  }
}

void run_start(Context& ctx, const StartOptions& o) {
  judge::MockOptions options = o.mock;
  options.behavioural = !o.no_behavioural;
  if (o.seed_option != nullptr && o.seed_option->count() > 0) {
    options.seed = o.seed;
  }
  // What cannot go on is said before anything is stored or written.
  const std::optional<std::string> answer = answer_up_front(o, options.behavioural);
  const judge::Language& lang = start_language(ctx, o.lang);
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
  if (!o.json) {
    fmt::print("{}: {} minutes, from {} to {} (local time). The clock is running.\n",
               ctx.term.paint(fmt::format("Mock phone screen #{}", row.id), Style::kBold),
               row.minutes, local_time(row.started_at), local_time(row.deadline));
  }
  ask_question(ctx, plan, answer, o.json);
  if (o.json) {
    print_start_json(ctx, row, plan);
  } else {
    print_problems(ctx.term, plan, files);
  }
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

struct ReportOptions {
  std::int64_t id = 0;
  bool json = false;
  std::string markdown;  ///< a file, or "-" for standard output
  std::string html;      ///< the session's page (cli/commands/report.cc)
  bool force = false;
};

void run_report(Context& ctx, const ReportOptions& o) {
  if (!o.html.empty()) {
    if (!o.markdown.empty()) {
      throw judge::Error("--html and --markdown write one file each",
                         "run 'judge mock report' once for each");
    }
    write_mock_page(ctx, o.id, o.html);
    return;
  }
  const judge::MockReport report = ctx.reading_mock().report(o.id);
  if (!o.markdown.empty()) {
    write_report_file(o.markdown, markdown::report(report), o.force);
    if (o.markdown != "-") {
      fmt::print(stderr, "Wrote the report of mock #{} to {}\n", report.mock.id,
                 printable(o.markdown));
    }
    return;
  }
  if (o.json) {
    fmt::print("{}\n", json_text(judge::mock_report_json(report)));
    return;
  }
  print_report(ctx.term, report, true);
}

void run_list(Context& ctx, int limit, bool as_json) {
  const auto summaries = ctx.reading_mock().summaries(limit);
  if (as_json) {
    json out = json::array();
    for (const auto& s : summaries) {
      out.push_back(judge::mock_summary_json(s));
    }
    fmt::print("{}\n", json_text(out));
    return;
  }
  if (summaries.empty()) {
    fmt::print("No mock sessions yet. Start one: judge mock start --lang L\n");
    return;
  }
  Table table({"#", "STARTED", "MINUTES", "STATUS", "PROBLEMS", "SCORE"});
  table.align_right(0);
  for (const auto& s : summaries) {
    table.add({std::to_string(s.mock.id), local_time(s.mock.started_at, "%Y-%m-%d %H:%M"),
               std::to_string(s.mock.minutes), s.mock.status, summary_problems(s),
               s.score ? std::to_string(*s.score) : std::string("-")});
  }
  fmt::print("{}", table.render(ctx.term));
}

}  // namespace

std::string summary_problems(const judge::MockSummary& s) {
  std::vector<std::string> problems;
  for (const auto& [id, solved] : s.problems) {
    problems.push_back(id + (solved ? " ✓" : ""));
  }
  return printable(fmt::format("{}", fmt::join(problems, ", ")));
}

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

  auto report = std::make_shared<ReportOptions>();
  auto* r = mock->add_subcommand("report", "A session's report: parts, feedback, timeline, score");
  r->add_option("id", report->id, "Session number (default: the newest)");
  auto* as_json = r->add_flag("--json", report->json, "Print JSON");
  r->add_option("--markdown", report->markdown,
                "Write the report as Markdown to this file (- for standard output)")
      ->excludes(as_json);
  r->add_option("--html", report->html,
                "Write the session's page (score, problems, timeline, feedback) to this file")
      ->excludes(as_json);
  r->add_flag("--force", report->force, "Replace the Markdown file if it exists");
  r->callback([&ctx, report] { run_report(ctx, *report); });

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
