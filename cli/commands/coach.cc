// judge next, judge reveal, judge probe: the coaching signals (docs/coaching-signals.md).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../json_output.h"
#include "../plot.h"
#include "../reporter.h"
#include "commands.h"
#include "judge/clock.h"
#include "judge/coach/measured.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/probe.h"
#include "judge/result_json.h"
#include "judge/session.h"

namespace cli {

using nlohmann::json;

namespace {

std::string_view kind_name(judge::coach::PickKind kind) {
  switch (kind) {
    case judge::coach::PickKind::kDue:
      return "due";
    case judge::coach::PickKind::kNew:
      return "new";
    case judge::coach::PickKind::kLater:
      return "later";
  }
  return "new";
}

std::string due_text(const std::optional<std::int64_t>& due) {
  if (!due) {
    return {};
  }
  return judge::iso8601(judge::TimePoint(std::chrono::seconds(*due)));
}

json pick_json(const judge::coach::Pick& pick) {
  json j = {{"problem", pick.problem},
            {"kind", kind_name(pick.kind)},
            {"due_at", pick.due ? json(due_text(pick.due)) : json(nullptr)},
            {"reason", pick.reason}};
  if (pick.memory) {
    j["interval_days"] = pick.memory->interval_days;
    j["ease"] = pick.memory->ease;
  }
  return j;
}

void run_next(Context& ctx, bool as_json) {
  const judge::ScheduleModel model = ctx.reading_session().schedule();
  for (const auto& unreadable : model.unreadable) {
    fmt::print(stderr, "judge: warning: not scheduled: {}\n", printable(unreadable));
  }
  if (model.picks.empty()) {
    throw judge::Error("there is no problem to practise",
                       "install a pack with 'judge pack add DIR', or check the built-in one "
                       "with 'judge list'");
  }
  const judge::coach::Pick& pick = model.picks.front();
  if (as_json) {
    fmt::print("{}\n", json_text(pick_json(pick)));
    return;
  }
  const auto& term = ctx.term;
  fmt::print("Next: {}\n", term.paint(printable(pick.problem), Style::kBold));
  fmt::print("  {}\n", printable(pick.reason));
  fmt::print("{}\n",
             term.paint(fmt::format("Start it with: judge start {}", pick.problem), Style::kDim));
}

// The number history prints ("12", "#12"); a test run ("12t") is refused by the session.
std::int64_t submission_number(const std::string& text) {
  std::string digits = text;
  if (!digits.empty() && digits.front() == '#') {
    digits.erase(0, 1);
  }
  const bool test_run = !digits.empty() && (digits.back() == 't' || digits.back() == 'T');
  if (test_run) {
    digits.pop_back();
  }
  std::int64_t id = 0;
  if (digits.empty() || digits.size() > 18 ||
      digits.find_first_not_of("0123456789") != std::string::npos ||
      (id = std::stoll(digits)) <= 0) {
    throw judge::Error(fmt::format("'{}' is not a submission number", printable(text)),
                       "give the number 'judge history' shows, e.g. judge reveal 12");
  }
  if (test_run) {
    throw judge::Error(
        fmt::format("#{}t is a test run: it ran only the samples, which it showed", id),
        "reveal works on a failed submission: give its number from 'judge "
        "history'");
  }
  return id;
}

// Shows the rerun as a sample is shown, while its files exist.
class RevealRenderer final : public judge::Reporter {
 public:
  RevealRenderer(const Terminal& term, bool quiet) : term_(term), quiet_(quiet) {}
  void test_finished(const judge::TestOutcome& outcome) override {
    std::error_code ec;
    for (const auto* path : {&outcome.input, &outcome.answer, &outcome.output}) {
      bytes.push_back(path->empty() ? 0 : std::filesystem::file_size(*path, ec));
      texts.push_back(path->empty() ? "" : read_head(*path));
    }
    if (!quiet_) {
      fmt::print("{}", sample_details(outcome, term_));
    }
  }
  std::vector<std::uintmax_t> bytes;  // input, answer, output
  std::vector<std::string> texts;     // their first 64 KiB, for --json

 private:
  static std::string read_head(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(64 * 1024, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
  }
  const Terminal& term_;
  bool quiet_;
};

struct RevealOptions {
  std::string id;
  bool json = false;
};

void run_reveal(Context& ctx, const RevealOptions& o) {
  const std::int64_t id = submission_number(o.id);
  judge::Session& session = ctx.session();
  judge::RevealPlan plan = session.plan_reveal(id);
  if (!plan.row.problem_dir.empty()) {
    ctx.hide(plan.problem.dir);
  }
  const judge::Language& language = ctx.languages().get(plan.row.language);
  const auto& term = ctx.term;
  if (!o.json) {
    fmt::print("Submission #{} on {}: {} failed {} ({}). Running your code on it again...\n", id,
               printable(plan.problem.id), term.verdict(*plan.row.verdict), plan.public_name,
               judge::describe(plan.verdict));
    fmt::print("{}\n",
               term.paint(fmt::format("input: {} bytes{}", plan.input_bytes,
                                      plan.problem.tests[plan.test].desc.empty()
                                          ? ""
                                          : "; " + printable(plan.problem.tests[plan.test].desc)),
                          Style::kDim));
  }
  RevealRenderer render(term, o.json);
  const judge::TestOutcome rerun = session.reveal(plan, language, render);
  if (o.json) {
    json j = {{"submission", id},
              {"problem", plan.problem.id},
              {"test", plan.public_name},
              {"judged_verdict", judge::code(plan.verdict)},
              {"verdict", judge::code(rerun.verdict)},
              {"message", rerun.message},
              {"time_ms", rerun.time_ms},
              {"input", render.texts.at(0)},
              {"input_bytes", render.bytes.at(0)},
              {"expected", render.texts.at(1)},
              {"expected_bytes", render.bytes.at(1)},
              {"output", render.texts.at(2)},
              {"output_bytes", render.bytes.at(2)}};
    fmt::print("{}\n", json_text(j));
    return;
  }
  fmt::print("{}\n",
             term.paint(fmt::format("Now: {} in {}. Full sizes: input {} bytes, expected {} "
                                    "bytes, your output {} bytes. Recorded as a reveal: the "
                                    "schedule brings {} back tomorrow.",
                                    judge::describe(rerun.verdict), format_ms(rerun.time_ms),
                                    render.bytes.at(0), render.bytes.at(1), render.bytes.at(2),
                                    plan.problem.id),
                        Style::kDim));
}

struct ProbeOptions {
  std::string file;
  std::string problem;
  bool json = false;
};

// Says each size as it is measured (on stderr, so that stdout stays the result).
class ProbeProgress final : public judge::ProbeReporter {
 public:
  explicit ProbeProgress(bool quiet) : quiet_(quiet) {}
  void size_finished(std::int64_t n, const std::vector<judge::coach::Sample>& runs) override {
    if (quiet_ || runs.empty()) {
      return;
    }
    double best = runs.front().cpu_s;
    for (const auto& r : runs) {
      best = std::min(best, r.cpu_s);
    }
    fmt::print(stderr, "  n = {:>9}: {} run{}, fastest {:.3f} s{}\n", n, runs.size(),
               runs.size() == 1 ? "" : "s", best, runs.back().hit_limit ? " (over the limit)" : "");
  }

 private:
  bool quiet_;
};

// The growth the problem expects in the probe's one size: the table's growth, else its
// expected bound when that is one of the classes the probe fits; empty when neither says.
std::string expected_growth(const judge::Problem& problem) {
  if (!problem.complexity_growth.empty()) {
    return problem.complexity_growth;
  }
  for (const auto g : judge::coach::kAllGrowths) {
    if (judge::coach::to_string(g) == problem.complexity) {
      return problem.complexity;
    }
  }
  return {};
}

json probe_json(const judge::Problem& problem, const judge::ProbeResult& r) {
  const auto& fit = r.fit;
  json points = json::array();
  for (const auto& p : fit.points) {
    points.push_back({{"n", p.n},
                      {"time_s", p.time_s},
                      {"median_s", p.median_s},
                      {"max_s", p.max_s},
                      {"repeats", p.repeats},
                      {"hit_limit", p.hit_limit},
                      {"fitted", p.fitted},
                      {"outlier", p.outlier}});
  }
  json candidates = json::array();
  for (auto g : fit.candidates) {
    candidates.push_back(judge::coach::to_string(g));
  }
  const std::string best = judge::best_class(fit);
  const std::string growth = expected_growth(problem);
  return {{"problem", problem.id},
          {"expected", problem.complexity},
          {"expected_growth", judge::or_null(growth)},
          {"class", judge::or_null(best)},
          {"status", judge::coach::to_string(fit.status)},
          {"candidates", candidates},
          {"slope", fit.slope ? json(*fit.slope) : json(nullptr)},
          {"tail_slope", fit.tail_slope ? json(*fit.tail_slope) : json(nullptr)},
          {"noise", fit.noise},
          {"summary", fit.summary},
          {"cpu_s", r.cpu_s},
          {"time_limit_s", r.time_limit_s},
          {"stopped", r.stopped},
          {"ladder_note", r.ladder.note},
          {"extended_from", r.extended_from > 0 ? json(r.extended_from) : json(nullptr)},
          {"points", points}};
}

// The measured points and the best class's curve, drawn in `width` columns.
std::string probe_plot_text(const judge::coach::FitResult& fit, int width, int height) {
  std::vector<PlotPoint> points;
  for (const auto& p : fit.points) {
    points.push_back({static_cast<double>(p.n), p.time_s, p.hit_limit});
  }
  std::function<double(double)> curve;
  if (fit.best) {
    for (const auto& f : fit.fits) {
      if (f.growth == *fit.best) {
        curve = [f](double n) { return judge::coach::predict(f, n); };
      }
    }
  }
  PlotOptions plot;
  plot.width = width;
  plot.height = height;
  plot.unicode = utf8_locale(std::getenv("LC_ALL"), std::getenv("LC_CTYPE"), std::getenv("LANG"));
  const std::string best = judge::best_class(fit);
  plot.curve_label = best.empty() ? "fit" : best;
  return render_plot(points, curve, plot);
}

// "O(n) (clear), about n^1.02; expected O(n)": the class, the confidence, the slope and what
// the problem expects, on one line.
std::string probe_headline(const judge::Problem& problem, const judge::coach::FitResult& fit) {
  const std::string best = judge::best_class(fit);
  std::string line =
      fmt::format("{} ({})", best.empty() ? "-" : best, judge::coach::to_string(fit.status));
  if (fit.tail_slope) {
    line += fmt::format(", about n^{:.2f}", *fit.tail_slope);
  }
  const std::string growth = expected_growth(problem);
  if (!problem.complexity.empty()) {
    line += "; expected " + problem.complexity;
    if (!growth.empty() && growth != problem.complexity) {
      line += fmt::format(", {} in the probe's n", growth);
    }
  }
  return line;
}

// Keeps the probe for the report; a store that cannot take it costs the user nothing else.
void store_probe(Context& ctx, const judge::ProbeRow& row) {
  try {
    ctx.session().record_probe(row);
  } catch (const judge::StoreError& e) {
    fmt::print(stderr, "judge: the probe was not stored: {}\n", e.what());
  }
}

// The explanation's feedback again, now with the measured growth to hold its claim against,
// stored in place of the first; returns its item on the measured growth.
std::optional<judge::coach::FeedbackItem> measured_feedback(Context& ctx,
                                                            const judge::Problem& problem,
                                                            const judge::Attempt& attempt,
                                                            std::int64_t id,
                                                            const judge::coach::FitResult& fit) {
  if (!fit.tail_slope || attempt.explanation.empty()) {
    return std::nullopt;
  }
  const judge::coach::Feedback feedback = judge::coach::feedback_with_measured(
      problem, attempt.explanation,
      fit.status == judge::coach::FitStatus::kClear ? judge::best_class(fit) : "", *fit.tail_slope);
  try {
    ctx.session().record_feedback(id, feedback);
  } catch (const judge::StoreError& e) {
    fmt::print(stderr, "judge: the feedback with the probe was not stored: {}\n", e.what());
  }
  for (const auto& item : feedback.items) {
    if (item.code.rfind("explain.measured.", 0) == 0) {
      return item;
    }
  }
  return std::nullopt;
}

void print_probe(Context& ctx, const judge::Problem& problem, const judge::ProbeResult& r) {
  const auto& fit = r.fit;
  const auto& term = ctx.term;
  // The headline quotes the pack's [complexity] expected text: printable() keeps its escape
  // sequences off the terminal.
  fmt::print("{}: {}\n", term.paint("Measured growth", Style::kBold),
             printable(probe_headline(problem, fit)));
  if (!fit.summary.empty()) {
    fmt::print("  {}\n", fit.summary);
  }
  fmt::print("\n{}", probe_plot_text(fit, std::min(72, std::max(30, term.width())), 12));
  fmt::print("{}\n", term.paint(fmt::format("{} sizes, {:.1f} s of CPU.{}{}", fit.points.size(),
                                            r.cpu_s, r.stopped.empty() ? "" : " " + r.stopped,
                                            r.ladder.note.empty() ? "" : " " + r.ladder.note),
                                Style::kDim));
}

void run_probe(Context& ctx, const ProbeOptions& o) {
  const std::string source = judge::read_file(o.file);
  judge::Problem problem = ctx.choose_problem(o.file, source, o.problem, 0);
  const judge::Language* language = ctx.languages().for_file(o.file);
  if (language == nullptr) {
    throw judge::Error(fmt::format("{}: unknown language", printable(o.file)),
                       "give the file a known extension (.cpp, .py, ...): 'judge languages' "
                       "lists them");
  }
  judge::Prober prober(ctx.runner(), ctx.compiler(), ctx.languages());
  ProbeProgress progress(o.json);
  if (!o.json) {
    fmt::print(stderr, "Probing {} on {} (expected {})...\n", printable(o.file),
               printable(problem.id),
               problem.complexity.empty() ? "not given" : printable(problem.complexity));
  }
  const std::string file_name = std::filesystem::path(o.file).filename().string();
  const judge::ProbeResult r =
      prober.probe(problem, *language, source, file_name, judge::ProbeOptions{}, progress);
  store_probe(ctx, judge::probe_row(problem, *language, file_name, r, 0));
  if (o.json) {
    fmt::print("{}\n", json_text(probe_json(problem, r)));
    return;
  }
  print_probe(ctx, problem, r);
}

}  // namespace

json probe_after_accept(Context& ctx, const judge::Problem& problem,
                        const judge::Language& language, const judge::Attempt& attempt,
                        std::int64_t id, bool as_json) {
  if (problem.complexity_generator.empty() || problem.complexity_sizes.empty()) {
    return nullptr;
  }
  judge::Prober prober(ctx.runner(), ctx.compiler(), ctx.languages());
  ProbeProgress progress(true);
  judge::ProbeResult r;
  try {
    if (!as_json) {
      fmt::print(stderr, "Probing how its time grows (--no-probe skips this)...\n");
    }
    r = prober.probe(problem, language, attempt.source, attempt.file_name, judge::ProbeOptions{},
                     progress);
  } catch (const std::exception& e) {
    // Interrupted included: the verdict is stored and stands; only the probe is missing.
    fmt::print(stderr, "judge: no probe ({}); the verdict stands\n", e.what());
    return as_json ? json{{"error", e.what()}} : json(nullptr);
  }
  store_probe(ctx, judge::probe_row(problem, language, attempt.file_name, r, id));
  const auto measured = measured_feedback(ctx, problem, attempt, id, r.fit);
  if (as_json) {
    return probe_json(problem, r);
  }
  const auto& term = ctx.term;
  fmt::print("{} {}\n", term.paint("Probe:", Style::kBold),
             printable(probe_headline(problem, r.fit)));
  fmt::print("{}", probe_plot_text(r.fit, std::min(60, std::max(30, term.width())), 6));
  if (measured) {
    fmt::print("  {}\n", measured->message);
  }
  return nullptr;
}

void add_coach_commands(CLI::App& app, Context& ctx) {
  auto next_json = std::make_shared<bool>(false);
  auto* n = app.add_subcommand("next",
                               "Pick the problem to practise next (a due review, else a new "
                               "problem from your weakest topic) and say why");
  n->add_flag("--json", *next_json, "Print JSON");
  n->callback([&ctx, next_json] { run_next(ctx, *next_json); });

  auto reveal = std::make_shared<RevealOptions>();
  auto* r = app.add_subcommand("reveal",
                               "Show the first failing hidden test of a failed submission: "
                               "input, expected answer and your output (recorded)");
  r->add_option("id", reveal->id, "Submission number (see judge history)")->required();
  r->add_flag("--json", reveal->json, "Print JSON");
  r->callback([&ctx, reveal] { run_reveal(ctx, *reveal); });

  auto probe = std::make_shared<ProbeOptions>();
  auto* p = app.add_subcommand("probe",
                               "Measure how your solution's CPU time grows with the input size "
                               "(problems with a [complexity] generator)");
  p->add_option("file", probe->file, "Your solution")->required();
  p->add_option("--problem", probe->problem, "Problem ID or folder (else from the file)");
  p->add_flag("--json", probe->json, "Print JSON");
  p->callback([&ctx, probe] { run_probe(ctx, *probe); });
}

}  // namespace cli
