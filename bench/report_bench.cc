// Prints what `judge report` costs for a long history: 10,000 submissions spread over two
// years on the built-in problems, each with feedback on its explanation, and a mock interview
// of two problems every 100 submissions, in a real SQLite store in a temporary folder, then
// the report made from it (read the store and the library, build the model, render the page with
// Chart.js embedded) several times. The bar (issue 11): under 1 s and under 2 MB.
//
//   build/release/bench/report_bench [SUBMISSIONS] [REPEATS] [PAGE] [DATABASE]
//
// PAGE: where to keep the last page made, to look at; DATABASE: where to keep a copy of the
// history (JUDGE_HOME=DIR judge report, with DIR/judge.db that copy, times the command itself).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "judge/clock.h"
#include "judge/error.h"
#include "judge/hash.h"
#include "judge/library.h"
#include "judge/mock.h"
#include "judge/paths.h"
#include "judge/report.h"
#include "judge/session.h"
#include "judge/store.h"

namespace {

using Steady = std::chrono::steady_clock;

double ms_since(Steady::time_point start) {
  return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

// The machine's load over the last minute, as /proc/loadavg says, or "?".
std::string load_average() {
  const std::string text = judge::read_file("/proc/loadavg");
  return text.empty() ? "?" : text.substr(0, text.find(' '));
}

// CPU time of this process: on a machine shared with other work, wall time says more about
// the others than about the report.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// The store stamps rows with this clock: the history's times are the script's.
class ScriptClock final : public judge::Clock {
 public:
  [[nodiscard]] judge::TimePoint now() const override { return now_; }
  void set(judge::TimePoint t) { now_ = t; }

 private:
  judge::TimePoint now_;
};

constexpr const char* kChartJs = "/usr/share/javascript/chart.js/chart.min.js";

// Feedback of the size submit stores: a time verdict and two edge cases missed, in the built-in
// wording.
judge::coach::Feedback feedback_for(const judge::Problem& problem, int i) {
  using judge::coach::Severity;
  judge::coach::Feedback f;
  f.summary = "2 things to fix: state the complexity, and name the edge cases.";
  const char* time = i % 3 == 0   ? "explain.time.missing"
                     : i % 3 == 1 ? "explain.time.same"
                                  : "explain.time.worse";
  f.items.push_back({i % 3 == 1 ? Severity::kPraise : Severity::kWarning, time,
                     "You claimed O(n^2) time; this problem expects O(n). A faster approach "
                     "exists: look for the work your loops repeat."});
  for (std::size_t e = 0; e < 2 && e < problem.edge_cases.size(); ++e) {
    f.items.push_back(
        {Severity::kWarning, "explain.edge.missed",
         "You did not mention an edge case this problem is known for: " +
             problem.edge_cases[(static_cast<std::size_t>(i) + e) % problem.edge_cases.size()] +
             "."});
  }
  return f;
}

// A mock interview of the problems of `ids`, begun now, ended 40 minutes on; its runs are
// attached by the caller.
judge::MockRow begin_mock(judge::Store& store, const std::vector<judge::Problem>& problems,
                          const std::vector<std::size_t>& picks, judge::TimePoint now) {
  judge::MockRow mock;
  mock.started_at = judge::iso8601(now);
  mock.deadline = judge::iso8601(now + std::chrono::minutes(45));
  mock.language = "cpp";
  mock.options = "{}";
  for (std::size_t i : picks) {
    const auto& p = problems[i];
    mock.problems.push_back(
        {p.id, p.title, std::string(judge::to_string(p.difficulty)), p.minutes, "solution.cpp"});
  }
  mock.id = store.create_mock(mock);
  return mock;
}

}  // namespace

int main(int argc, char** argv) {
  const int submissions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  const std::string keep = argc > 3 ? argv[3] : "";
  const std::string keep_db = argc > 4 ? argv[4] : "";
  try {
    judge::TempDir home("judge-report-bench");
    const judge::Library library =
        judge::Library::load(judge::builtin_pack_dir(), home.path() / "packs");
    std::vector<judge::Problem> problems;
    for (const auto& entry : library.entries()) {
      problems.push_back(judge::load_problem(entry.dir));
    }
    if (problems.empty()) {
      fmt::print(stderr, "report_bench: no built-in problems at {}\n",
                 judge::builtin_pack_dir().string());
      return 2;
    }

    ScriptClock clock;
    const judge::TimePoint now = *judge::parse_iso8601("2026-11-30T18:00:00Z");
    const judge::TimePoint start = now - std::chrono::hours(24 * 730);
    const auto fill_start = Steady::now();
    {
      judge::Store store(home.path() / "judge.db", judge::Store::Mode::kReadWrite, clock);
      for (const auto& p : problems) {
        store.remember_problem(p);
      }
      // A candidate working most days, on a problem at a time until it is accepted or given
      // up, with the verdicts a practising candidate gets.
      std::mt19937 random(11);
      std::uniform_int_distribution<std::size_t> pick(0, problems.size() - 1);
      std::discrete_distribution<int> verdict({45, 28, 8, 3, 1, 7, 7, 1});
      const judge::Verdict verdicts[] = {
          judge::Verdict::kAccepted,     judge::Verdict::kWrongAnswer,
          judge::Verdict::kTimeLimit,    judge::Verdict::kMemoryLimit,
          judge::Verdict::kOutputLimit,  judge::Verdict::kRuntimeError,
          judge::Verdict::kCompileError, judge::Verdict::kInternalError};
      const char* languages[] = {"cpp", "python", "java", "go"};
      const std::string explanation(400, 'x');
      const std::string source(1200, 'y');
      const auto step = (now - start) / submissions;
      judge::TimePoint t = start;
      judge::MockRow mock;
      std::vector<std::size_t> mock_picks;
      for (int i = 0; i < submissions; ++i) {
        t += step;
        clock.set(t);
        // Every 100th submission starts a mock interview; the next two are its problems.
        if (i % 100 == 0 && i + 2 < submissions) {
          mock_picks = {pick(random), pick(random)};
          mock = begin_mock(store, problems, mock_picks, t);
        }
        const int in_mock = i % 100 < 2 && mock.id != 0 ? i % 100 : -1;
        const std::size_t problem =
            in_mock >= 0 ? mock_picks[static_cast<std::size_t>(in_mock)] : pick(random);
        judge::NewRun run;
        run.mock = in_mock >= 0 ? mock.id : 0;
        run.problem = problems[problem].id;
        run.language = languages[i % 4];
        run.file_name = "solution";
        run.source = source;
        run.explanation = explanation;
        const std::int64_t id = store.begin(run);
        judge::JudgeOutcome outcome;
        outcome.verdict = verdicts[verdict(random)];
        outcome.compile.ok = outcome.verdict != judge::Verdict::kCompileError;
        outcome.planned = 20;
        outcome.passed = outcome.verdict == judge::Verdict::kAccepted ? 20 : i % 20;
        outcome.max_time_ms = 10 + i % 500;
        outcome.max_memory_kb = 4000;
        clock.set(t + std::chrono::seconds(2));
        store.record_compile(id, outcome.compile);
        store.finish(id, outcome);
        store.record_feedback(id, feedback_for(problems[problem], i));
        if (in_mock == 1) {
          mock.status = "ended";
          mock.ended_at = judge::iso8601(t + std::chrono::minutes(10));
          store.update_mock(mock);
        }
      }
    }
    const double fill_ms = ms_since(fill_start);
    if (!keep_db.empty()) {
      std::filesystem::copy_file(home.path() / "judge.db", keep_db,
                                 std::filesystem::copy_options::overwrite_existing);
    }

    const std::string chart_js = judge::read_file(kChartJs);
    std::vector<double> read_ms;
    std::vector<double> total_ms;
    std::vector<double> cpu_total_ms;
    std::string last;
    int counted = 0;
    int sessions = 0;
    for (int r = 0; r < repeats; ++r) {
      const auto t0 = Steady::now();
      const double c0 = cpu_ms();
      // What `judge report` does: open the store, build the model, render, from nothing.
      judge::Store store(home.path() / "judge.db", judge::Store::Mode::kReadWrite);
      judge::Session session(library, store, judge::system_clock(), []() -> judge::Judge& {
        throw judge::Error("the report judges nothing");
      });
      const judge::MockSession mocks(session, library, judge::coach::QuestionBank::builtin());
      judge::report::Options options;
      options.now = now;
      const judge::report::Model model = judge::report::build(session, mocks, library, options);
      read_ms.push_back(ms_since(t0));
      judge::report::RenderOptions render;
      render.chart_js = chart_js;
      const std::string page = judge::report::render_html(model, render);
      total_ms.push_back(ms_since(t0));
      cpu_total_ms.push_back(cpu_ms() - c0);
      last = page;
      counted = model.window_submissions;
      sessions = static_cast<int>(model.mocks.size());
    }

    // Where the time goes, stage by stage (what build() does, in its order).
    std::vector<double> stats_ms, problems_ms, history_ms, model_ms, mocks_ms, page_ms;
    for (int r = 0; r < repeats; ++r) {
      judge::Store store(home.path() / "judge.db", judge::Store::Mode::kReadWrite);
      judge::Session session(library, store, judge::system_clock(), []() -> judge::Judge& {
        throw judge::Error("the report judges nothing");
      });
      auto t = Steady::now();
      const judge::StatsModel stats = session.stats();
      stats_ms.push_back(ms_since(t));
      t = Steady::now();
      std::vector<judge::Problem> loaded;
      for (const auto& entry : library.entries()) {
        loaded.push_back(judge::load_problem(entry.dir));
      }
      problems_ms.push_back(ms_since(t));
      t = Steady::now();
      const auto rows = session.history("", 1 << 30, false);
      history_ms.push_back(ms_since(t));
      t = Steady::now();
      judge::report::Options options;
      options.now = now;
      auto model = judge::report::build(rows, stats, loaded, options);
      model_ms.push_back(ms_since(t));
      t = Steady::now();
      const judge::MockSession mocks(session, library, judge::coach::QuestionBank::builtin());
      for (const auto& row : mocks.list(1 << 30)) {
        model.mocks.push_back(judge::report::mock_session(mocks.report(row.id), options.local));
      }
      mocks_ms.push_back(ms_since(t));
      t = Steady::now();
      judge::report::RenderOptions render;
      render.chart_js = chart_js;
      static_cast<void>(judge::report::render_html(model, render));
      page_ms.push_back(ms_since(t));
    }

    const double total = median(total_ms);
    const std::size_t size = last.size();
    if (!keep.empty()) {
      std::FILE* f = std::fopen(keep.c_str(), "wb");
      if (f == nullptr || std::fwrite(last.data(), 1, last.size(), f) != last.size()) {
        fmt::print(stderr, "report_bench: cannot write {}\n", keep);
      }
      if (f != nullptr) {
        std::fclose(f);
      }
    }
    const double mib = static_cast<double>(size) / (1024.0 * 1024.0);
    fmt::print(
        "report_bench: {} submissions with feedback on {} problems over 2 years, {} mock "
        "interviews (stored in {:.0f} ms)\n",
        counted, problems.size(), sessions, fill_ms);
    fmt::print("  model (store, library, stats, schedule): median {:.0f} ms of {} runs\n",
               median(read_ms), repeats);
    fmt::print(
        "  model + page:                            median {:.0f} ms (min {:.0f}, max "
        "{:.0f})   bar < 1000 ms: {}\n",
        total, *std::min_element(total_ms.begin(), total_ms.end()),
        *std::max_element(total_ms.begin(), total_ms.end()), total < 1000 ? "ok" : "OVER");
    fmt::print("  model + page, CPU time:                  median {:.0f} ms (load average {})\n",
               median(cpu_total_ms), load_average());
    fmt::print(
        "  stages (medians): stats {:.0f} ms, loading the problems {:.0f} ms, reading the "
        "submissions {:.0f} ms, the model {:.0f} ms, the mock interviews {:.0f} ms, the page "
        "{:.0f} ms\n",
        median(stats_ms), median(problems_ms), median(history_ms), median(model_ms),
        median(mocks_ms), median(page_ms));
    fmt::print("  page size: {} bytes ({:.2f} MiB; Chart.js {} bytes of it)   bar < 2 MB: {}\n",
               size, mib, chart_js.size(), size < 2'000'000 ? "ok" : "OVER");
    if (chart_js.empty()) {
      fmt::print("  note: {} is missing (libjs-chart.js): the page has no charts\n", kChartJs);
    }
    return total < 1000 && size < 2'000'000 ? 0 : 1;
  } catch (const judge::Error& e) {
    fmt::print(stderr, "report_bench: {}\n{}\n", e.what(), e.hint());
    return 2;
  }
}
