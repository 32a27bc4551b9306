// judge report (an HTML page of progress with charts), judge export (every submission as CSV,
// JSON or Markdown).
#include "judge/report.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../json_output.h"
#include "commands.h"
#include "judge/error.h"
#include "judge/export.h"
#include "judge/hash.h"

extern char** environ;

namespace cli {

namespace fs = std::filesystem;

namespace {

// Debian's libjs-chart.js: a UMD build, which needs no module loader (Chart.js 3 ships it as
// chart.min.js, Chart.js 4 as chart.umd.js; 4's chart.js is a module and would not run inline).
constexpr const char* kChartJsDir = "/usr/share/javascript/chart.js";
constexpr const char* kChartJsFiles[] = {"chart.umd.min.js", "chart.umd.js", "chart.min.js"};

// Local midnight at the start of DATE (YYYY-MM-DD).
judge::TimePoint local_midnight(const std::string& date, judge::TimePoint now) {
  static const std::regex kDate(R"((\d{4})-(\d{2})-(\d{2}))");
  std::smatch m;
  const std::string hint = "give a date as YYYY-MM-DD, e.g. --since 2026-01-15";
  if (!std::regex_match(date, m, kDate)) {
    throw judge::Error(fmt::format("--since {} is not a date", printable(date)), hint);
  }
  std::tm tm{};
  tm.tm_year = std::stoi(m[1].str()) - 1900;
  tm.tm_mon = std::stoi(m[2].str()) - 1;
  tm.tm_mday = std::stoi(m[3].str());
  tm.tm_isdst = -1;
  std::tm asked = tm;
  const std::time_t t = std::mktime(&tm);
  // mktime() rolls 2026-02-30 over into March: a day that does not exist is refused.
  if (t == -1 || tm.tm_year != asked.tm_year || tm.tm_mon != asked.tm_mon ||
      tm.tm_mday != asked.tm_mday) {
    throw judge::Error(fmt::format("--since {} is not a day of the calendar", printable(date)),
                       hint);
  }
  const auto since = std::chrono::system_clock::from_time_t(t);
  if (since > now) {
    throw judge::Error(fmt::format("--since {} is in the future", printable(date)),
                       "give today or an earlier day");
  }
  return since;
}

// Whether the file at `path` is a report this command made (its marker near the start).
bool is_report(const fs::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return false;
  }
  char buf[256];
  const std::size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fclose(f);
  return std::string_view(buf, n).find(judge::report::kMarker) != std::string_view::npos;
}

std::string size_text(std::size_t bytes) {
  return bytes < 1024 * 1024 ? fmt::format("{} KiB", (bytes + 1023) / 1024)
                             : fmt::format("{:.1f} MiB", static_cast<double>(bytes) / 1048576.0);
}

// Opens `path` with xdg-open; false when it could not be started or failed.
bool open_in_browser(const fs::path& path) {
  const std::string file = path.string();
  const char* argv[] = {"xdg-open", file.c_str(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) {
    return false;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

struct ReportOptions {
  std::string out;
  std::string since;
  bool open = false;
  bool force = false;
};

// Chart.js to embed ($JUDGE_CHARTJS, else Debian's), or why there is none, said on stderr.
judge::report::RenderOptions render_options() {
  judge::report::RenderOptions render;
  const char* chart_path = std::getenv("JUDGE_CHARTJS");
  std::string chart_file;
  if (chart_path != nullptr && *chart_path != '\0') {
    chart_file = chart_path;
    render.chart_js = judge::read_file(chart_file);
  } else {
    for (const char* name : kChartJsFiles) {
      chart_file = (fs::path(kChartJsDir) / name).string();
      render.chart_js = judge::read_file(chart_file);
      if (!render.chart_js.empty()) {
        break;
      }
    }
  }
  if (render.chart_js.empty()) {
    // The tables hold every number: a page without charts is still worth making.
    render.no_charts_reason =
        fmt::format("Chart.js was not found at {} (Debian package libjs-chart.js)", chart_file);
    fmt::print(stderr,
               "judge: warning: {}; the report has tables only. Install it for charts: "
               "apt-get install libjs-chart.js\n",
               printable(render.no_charts_reason));
  }
  return render;
}

// Writes a page to `path`: a report made before is replaced; any other file only with `force`
// (else refused, with `hint`).
void write_page(const fs::path& path, const std::string& page, bool force, const char* hint) {
  std::error_code ec;
  const bool replace = force || !fs::exists(path, ec) || is_report(path);
  if (!replace) {
    throw judge::Error(
        fmt::format("{} exists and is not a report made by judge", printable(path.string())), hint);
  }
  write_file_at_once(path, page, true);
}

void run_report(Context& ctx, const ReportOptions& o) {
  judge::report::Options options;
  options.now = ctx.clock().now();  // JUDGE_NOW fixes it for tests
  if (!o.since.empty()) {
    options.since = local_midnight(o.since, options.now);
  }
  judge::report::Model model =
      judge::report::build(ctx.reading_session(), ctx.reading_mock(), ctx.library(), options);
  const judge::report::RenderOptions render = render_options();
  const std::string page = judge::report::render_html(model, render);

  const fs::path path = fs::absolute(o.out.empty() ? ctx.home() / "report.html" : fs::path(o.out));
  std::error_code ec;
  if (o.out.empty()) {
    fs::create_directories(path.parent_path(), ec);
  }
  write_page(path, page, o.force, "pass --force to replace it, or choose another --out");

  int solved = 0;
  int total = 0;
  for (const auto& [level, t] : model.stats.by_difficulty) {
    solved += t.solved;
    total += t.total;
  }
  fmt::print(
      "Report written to {} ({}): {} submissions{}, {} of {} problems solved, {} due for "
      "review.\n",
      printable(path.string()), size_text(page.size()), model.window_submissions,
      model.since ? " since " + judge::report::day_text(*model.since) : "", solved, total,
      model.due.size());
  if (o.open) {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const bool display =
        (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
    if (!display) {
      fmt::print(
          "No display here ($DISPLAY and $WAYLAND_DISPLAY are unset): open {} in a "
          "browser.\n",
          printable(path.string()));
    } else if (!open_in_browser(path)) {
      fmt::print("xdg-open could not open it: open {} in a browser.\n", printable(path.string()));
    }
  }
}

struct ExportOptions {
  std::string format = "csv";
  std::string out;
  bool force = false;
};

void run_export(Context& ctx, const ExportOptions& o) {
  const auto format = judge::exporting::parse_format(o.format);
  if (!format) {
    throw judge::Error(fmt::format("--format {} is not an export format", printable(o.format)),
                       "use csv, json or md");
  }
  auto rows = ctx.reading_session().history("", INT_MAX, false);
  std::vector<judge::exporting::Item> items;
  items.reserve(rows.size());
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    items.push_back({std::move(*it)});
  }
  std::string text;
  switch (*format) {
    case judge::exporting::Format::kCsv:
      text = judge::exporting::to_csv(items);
      break;
    case judge::exporting::Format::kJson:
      text = json_text(judge::exporting::to_json(items, judge::iso8601(ctx.clock().now()))) + "\n";
      break;
    case judge::exporting::Format::kMarkdown:
      text = judge::exporting::to_markdown(items, judge::report::system_local_time);
      break;
  }
  if (o.out.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return;
  }
  write_file_at_once(fs::absolute(o.out), text, o.force);
  fmt::print(stderr, "Exported {} submissions to {}\n", items.size(), printable(o.out));
}

}  // namespace

// Writes `content` to `path` whole or not at all: into a temporary file beside it, then moved
// into place. Without `replace`, an existing file is left alone and the write refused.
void write_file_at_once(const fs::path& path, const std::string& content, bool replace) {
  const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    throw judge::Error(
        fmt::format("cannot write in {}: {}", printable(dir.string()), std::strerror(errno)),
        "check that the folder exists and can be written, or choose another file");
  }
  // mkstemp makes the file private; a report is as readable as the user's other files.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  std::size_t done = 0;
  int error = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      error = errno;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 && error == 0) {
    error = errno;
  }
  if (error == 0) {
    if (replace) {
      error = std::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
    } else if (::link(temp.c_str(), path.c_str()) != 0) {
      // link() refuses an existing name, where rename() would replace it.
      error = errno;
    }
  }
  ::unlink(temp.c_str());
  if (error == EEXIST) {
    throw judge::Error(fmt::format("{} exists", printable(path.string())),
                       "pass --force to replace it, or choose another file");
  }
  if (error != 0) {
    throw judge::Error(
        fmt::format("cannot write {}: {}", printable(path.string()), std::strerror(error)),
        "check the folder's space and permissions, or choose another file");
  }
}

void write_mock_page(Context& ctx, std::int64_t id, const std::string& file) {
  const judge::MockReport report = ctx.reading_mock().report(id);
  const auto local = judge::report::system_local_time;
  const judge::report::MockSession session = judge::report::mock_session(report, local);
  const std::time_t now = std::chrono::system_clock::to_time_t(ctx.clock().now());
  const std::tm tm = local(now);
  char generated[64];
  std::strftime(generated, sizeof generated, "%Y-%m-%d %H:%M", &tm);
  const std::string page = judge::report::render_mock_html(session, generated, render_options());
  const fs::path path = fs::absolute(file);
  // No --force here: only a page judge made is replaced.
  write_page(path, page, false, "choose another file, or remove it first");
  fmt::print(
      "Mock interview #{} written to {} ({}): score {}.\n", session.id, printable(path.string()),
      size_text(page.size()),
      session.score ? fmt::format("{:.0f}", *session.score) : "none (" + session.status + ")");
}

void add_report_commands(CLI::App& app, Context& ctx) {
  auto report = std::make_shared<ReportOptions>();
  auto* r = app.add_subcommand(
      "report",
      "Write an HTML page of your progress: solved per level, a submission calendar, verdicts "
      "over time, topics, time to first AC, what is due next, mock interviews, explanation "
      "feedback. Works offline.");
  r->add_option("--out", report->out,
                "Where to write it (default $JUDGE_HOME/report.html); a file that is not a "
                "report is replaced only with --force");
  r->add_option("--since", report->since,
                "Draw the activity (calendar, verdicts) from this local day on: YYYY-MM-DD");
  r->add_flag("--open", report->open, "Open it in the browser (xdg-open) when there is a display");
  r->add_flag("--force", report->force, "Replace --out even if it is not a report");
  r->callback([&ctx, report] { run_report(ctx, *report); });

  auto exp = std::make_shared<ExportOptions>();
  auto* e = app.add_subcommand(
      "export",
      "Print every submission (problem, language, verdict, times, explanation, feedback) as CSV, "
      "JSON or Markdown");
  e->add_option("--format", exp->format, "csv (default), json or md");
  e->add_option("--out", exp->out, "Write to this file instead of standard output");
  e->add_flag("--force", exp->force, "Replace --out if it exists");
  e->callback([&ctx, exp] { run_export(ctx, *exp); });
}

}  // namespace cli
