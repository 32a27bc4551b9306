// judge report and judge export on a scripted history (a fixed clock, a fixed time zone, a
// hostile pack among the built-in problems), and the report rendered in headless Chromium with
// the network off: no console errors, every chart's canvas drawn, every table present, the
// dark theme and print followed, the hostile strings shown as text. Screenshots and a PDF are
// kept under the build folder (tests/e2e/artifacts/report/).
//
// The browser is driven through the DevTools protocol over a pipe (--remote-debugging-pipe:
// JSON messages ended by NUL on file descriptors 3 and 4), which reports console messages,
// exceptions, dialogs and every request as they happen.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include "harness.h"
#include "judge/clock.h"
#include "judge/coach/closing.h"
#include "judge/coach/explanation.h"
#include "judge/library.h"
#include "judge/result_json.h"
#include "judge/store.h"

namespace e2e {
namespace {

using namespace std::chrono_literals;

constexpr const char* kNow = "2026-03-20T15:00:00Z";
// Summer time begins on 8 March 2026 here: dates before and after it are local too.
constexpr const char* kZone = "America/New_York";
constexpr const char* kHostileTitle = "</script><script>alert('title')</script>";
constexpr const char* kHostileTag = "<img src=x onerror=alert(1)>";

fs::path artifacts() {
  const fs::path dir = fs::path(E2E_ARTIFACTS) / "report";
  fs::create_directories(dir);
  return dir;
}

std::string base64_decode(const std::string& text) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (char c : text) {
    const auto i = kAlphabet.find(c);
    if (i == std::string::npos) {
      continue;  // '=' padding
    }
    value = (value << 6) | static_cast<unsigned>(i);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

// The Chromium this machine has (its path), or empty.
fs::path find_chromium() {
  for (const char* name : {"chromium-headless-shell", "chromium", "chromium-browser"}) {
    for (const char* dir : {"/usr/local/bin", "/usr/bin", "/bin"}) {
      const fs::path path = fs::path(dir) / name;
      if (access(path.c_str(), X_OK) == 0) {
        return path;
      }
    }
  }
  return {};
}

// One headless Chromium, one page, spoken to over the DevTools pipe.
class Browser {
 public:
  Browser(const fs::path& program, const fs::path& profile, const fs::path& log) {
    int to_browser[2];
    int from_browser[2];
    if (pipe2(to_browser, O_CLOEXEC) != 0 || pipe2(from_browser, O_CLOEXEC) != 0) {
      throw std::runtime_error("pipe2 failed");
    }
    const std::string path = program.string();
    std::vector<std::string> args = {
        path, "--remote-debugging-pipe", "--headless",
        // The page is the test's own; Chromium's sandbox needs what a container may not give.
        "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile.string(), "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
        "--hide-scrollbars",
        // The network off: nothing resolves, any proxy is a dead port (and the page itself is
        // offline, below).
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "about:blank"};
    std::vector<char*> argv;
    for (auto& a : args) {
      argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_browser[0], 3);
    posix_spawn_file_actions_adddup2(&actions, from_browser[1], 4);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const std::string home = "HOME=" + profile.string();
    const char* envp[] = {"PATH=/usr/bin:/bin", home.c_str(), "LANG=C.UTF-8", nullptr};
    const int rc =
        posix_spawn(&pid_, path.c_str(), &actions, nullptr, argv.data(), const_cast<char**>(envp));
    posix_spawn_file_actions_destroy(&actions);
    close(to_browser[0]);
    close(from_browser[1]);
    out_ = to_browser[1];
    in_ = from_browser[0];
    if (rc != 0) {
      throw std::runtime_error(fmt::format("cannot start {}: {}", path, std::strerror(rc)));
    }
  }

  ~Browser() {
    if (pid_ > 0) {
      try {
        call("Browser.close", json::object(), false);
      } catch (const std::exception&) {
      }
      for (int i = 0; i < 50; ++i) {
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
          pid_ = -1;
          break;
        }
        std::this_thread::sleep_for(100ms);
      }
      if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
      }
    }
    close(out_);
    close(in_);
  }

  Browser(const Browser&) = delete;
  Browser& operator=(const Browser&) = delete;

  // Opens a page and attaches to it: its console, exceptions, network and dialogs reported.
  void open_page() {
    const json target = call("Target.createTarget", {{"url", "about:blank"}}, false);
    const json attached = call("Target.attachToTarget",
                               {{"targetId", target.at("targetId")}, {"flatten", true}}, false);
    session_ = attached.at("sessionId").get<std::string>();
    for (const char* domain : {"Page.enable", "Runtime.enable", "Log.enable", "Network.enable"}) {
      call(domain);
    }
    call("Network.emulateNetworkConditions",
         {{"offline", true}, {"latency", 0}, {"downloadThroughput", -1}, {"uploadThroughput", -1}});
    call("Emulation.setDeviceMetricsOverride",
         {{"width", 1280}, {"height", 900}, {"deviceScaleFactor", 1}, {"mobile", false}});
    theme("light");
  }

  // The browser's colour scheme, and the media type ("print" lays the page out for paper).
  void theme(const std::string& scheme, const std::string& media = "") {
    call("Emulation.setEmulatedMedia",
         {{"media", media},
          {"features", json::array({{{"name", "prefers-color-scheme"}, {"value", scheme}}})}});
  }

  void navigate(const std::string& url) {
    loaded_ = false;
    call("Page.navigate", {{"url", url}});
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (!loaded_) {
      if (std::chrono::steady_clock::now() > deadline) {
        throw std::runtime_error("the page did not load within 60 s");
      }
      handle(read_message(deadline));
    }
  }

  // The value of a JavaScript expression (a promise is awaited).
  json evaluate(const std::string& expression) {
    const json r =
        call("Runtime.evaluate",
             {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}});
    if (r.contains("exceptionDetails")) {
      throw std::runtime_error("evaluate: " + r["exceptionDetails"].dump());
    }
    return r.at("result").value("value", json());
  }

  // A PNG of the whole page.
  std::string screenshot() {
    const json metrics = call("Page.getLayoutMetrics");
    const json size = metrics.at("cssContentSize");
    const json r = call("Page.captureScreenshot", {{"format", "png"},
                                                   {"captureBeyondViewport", true},
                                                   {"clip",
                                                    {{"x", 0},
                                                     {"y", 0},
                                                     {"width", size.at("width")},
                                                     {"height", size.at("height")},
                                                     {"scale", 1}}}});
    return base64_decode(r.at("data").get<std::string>());
  }

  std::string pdf() {
    const json r = call("Page.printToPDF", {{"printBackground", true}});
    return base64_decode(r.at("data").get<std::string>());
  }

  /// Console errors and warnings, uncaught exceptions, error log entries, dialogs.
  std::vector<std::string> problems;
  /// Every URL the page asked for.
  std::vector<std::string> requests;

 private:
  json call(const std::string& method, const json& params = json::object(), bool in_page = true) {
    const int id = ++next_id_;
    json message = {{"id", id}, {"method", method}, {"params", params}};
    if (in_page) {
      message["sessionId"] = session_;
    }
    std::string text = message.dump();
    text.push_back('\0');
    for (std::size_t done = 0; done < text.size();) {
      const ssize_t n = ::write(out_, text.data() + done, text.size() - done);
      if (n < 0) {
        throw std::runtime_error("cannot write to the browser");
      }
      done += static_cast<std::size_t>(n);
    }
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    for (;;) {
      json reply = read_message(deadline);
      if (reply.value("id", 0) == id) {
        if (reply.contains("error")) {
          throw std::runtime_error(method + ": " + reply["error"].dump());
        }
        return reply.value("result", json::object());
      }
      handle(reply);
    }
  }

  void handle(const json& event) {
    const std::string method = event.value("method", "");
    const json& p = event.contains("params") ? event["params"] : json::object();
    if (method == "Page.loadEventFired") {
      loaded_ = true;
    } else if (method == "Runtime.consoleAPICalled") {
      const std::string type = p.value("type", "");
      if (type == "error" || type == "warning" || type == "assert") {
        std::string text;
        for (const auto& arg : p.value("args", json::array())) {
          text += arg.contains("value") ? arg["value"].dump() : arg.value("description", "");
        }
        problems.push_back("console." + type + ": " + text);
      }
    } else if (method == "Runtime.exceptionThrown") {
      problems.push_back("exception: " + p.at("exceptionDetails").dump());
    } else if (method == "Log.entryAdded") {
      if (p.at("entry").value("level", "") == "error") {
        problems.push_back("log: " + p.at("entry").value("text", ""));
      }
    } else if (method == "Network.requestWillBeSent") {
      requests.push_back(p.at("request").value("url", ""));
    } else if (method == "Page.javascriptDialogOpening") {
      problems.push_back("dialog: " + p.value("message", ""));
    }
  }

  json read_message(std::chrono::steady_clock::time_point deadline) {
    for (;;) {
      const auto end = buffer_.find('\0');
      if (end != std::string::npos) {
        const std::string text = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return json::parse(text);
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) {
        throw std::runtime_error("the browser did not answer within 60 s");
      }
      pollfd pfd{in_, POLLIN, 0};
      if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0) {
        continue;
      }
      char chunk[65536];
      const ssize_t n = ::read(in_, chunk, sizeof chunk);
      if (n <= 0) {
        throw std::runtime_error("the browser closed the pipe (see chromium.log)");
      }
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  pid_t pid_ = -1;
  int out_ = -1;
  int in_ = -1;
  int next_id_ = 0;
  std::string session_;
  std::string buffer_;
  bool loaded_ = false;
};

// Waits two frames (the charts are drawn by then), then reports every canvas's drawn pixels,
// the tables, the notes of charts that failed, and what the hostile strings became.
constexpr const char* kInspect = R"js(
new Promise(function (resolve) {
  requestAnimationFrame(function () { requestAnimationFrame(function () {
    var out = {canvases: [], tables: [], calendars: 0, failed: [], images: 0, scripts: 0};
    document.querySelectorAll('canvas').forEach(function (c) {
      var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      var drawn = 0;
      for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { drawn++; } }
      out.canvases.push({chart: c.dataset.chart, width: c.width, height: c.height, drawn: drawn});
    });
    document.querySelectorAll('table[id]').forEach(function (t) {
      out.tables.push({id: t.id, rows: t.tBodies[0] ? t.tBodies[0].rows.length : 0});
    });
    out.calendars = document.querySelectorAll('table.calendar').length;
    document.querySelectorAll('.chart-error').forEach(function (e) { out.failed.push(e.textContent); });
    out.images = document.querySelectorAll('img').length;
    out.scripts = document.scripts.length;
    out.text = document.body.textContent;
    out.day = Array.from(document.querySelectorAll('table.calendar td[title^="2026-03-09:"], ' +
        'table.calendar td[title^="2026-03-10:"]')).map(function (td) { return td.title; });
    out.background = getComputedStyle(document.body).backgroundColor;
    out.chartColor = typeof Chart === 'undefined' ? '' : Chart.defaults.color;
    resolve(out);
  }); });
})
)js";

// The store's clock, set to each scripted moment.
class ScriptClock final : public judge::Clock {
 public:
  [[nodiscard]] judge::TimePoint now() const override { return now_; }
  void set(const std::string& iso) { now_ = *judge::parse_iso8601(iso); }

 private:
  judge::TimePoint now_;
};

class ReportTest : public JudgeTest {
 protected:
  void SetUp() override {
    JudgeTest::SetUp();
    make_hostile_pack();
    script_history();
  }

  // A pack whose title and tag are markup, installed as `pack add` would leave it.
  void make_hostile_pack() {
    const fs::path pack = home() / "packs/hostile";
    write_file(pack / "pack.toml", "name = \"hostile\"\nversion = \"1\"\n");
    const fs::path dir = pack / "hostile-one";
    write_file(dir / "problem.toml",
               fmt::format("title = \"{}\"\ndifficulty = \"easy\"\ntags = [\"{}\", "
                           "\"arrays\"]\nminutes = 10\n",
                           kHostileTitle, kHostileTag));
    write_file(dir / "statement.md", "# Hostile\n");
    write_file(dir / "data/sample/1.in", "1\n");
    write_file(dir / "data/sample/1.ans", "1\n");
  }

  // Six weeks of practice, stamped by the script's clock, in the real store.
  void script_history() {
    ScriptClock clock;
    judge::Store store(database(), judge::Store::Mode::kReadWrite, clock);
    const judge::Library library =
        judge::Library::load(judge::builtin_pack_dir(), home() / "packs");
    struct Step {
      const char* at;
      const char* problem;
      // "start", "test", "interrupted", "forget" or a verdict code; "mock-start", "mock-end",
      // "mock-hint", or "mock:" and a verdict code for a submission in the mock session
      const char* verdict;
    };
    const Step steps[] = {
        {"2026-02-09T14:00:00Z", "two-sum", "start"},
        {"2026-02-09T14:10:00Z", "two-sum", "WA"},
        {"2026-02-09T14:25:00Z", "two-sum", "AC"},
        {"2026-02-10T15:00:00Z", "valid-parentheses", "AC"},
        {"2026-02-12T16:00:00Z", "coin-change", "WA"},
        {"2026-02-12T16:20:00Z", "coin-change", "TLE"},
        {"2026-02-12T16:45:00Z", "coin-change", "RE"},
        {"2026-02-16T13:00:00Z", "merge-intervals", "CE"},
        {"2026-02-16T13:05:00Z", "merge-intervals", "AC"},
        {"2026-02-18T18:00:00Z", "n-queens", "WA"},
        {"2026-02-23T14:00:00Z", "coin-change", "AC"},
        {"2026-02-25T12:00:00Z", "reverse-linked-list", "AC"},
        {"2026-03-02T14:00:00Z", "number-of-islands", "WA"},
        {"2026-03-02T14:30:00Z", "number-of-islands", "AC"},
        {"2026-03-04T20:00:00Z", "trapping-rain-water", "TLE"},
        {"2026-03-04T20:30:00Z", "trapping-rain-water", "MLE"},
        {"2026-03-09T14:00:00Z", "two-sum", "AC"},
        // 22:30 on 9 March in New York.
        {"2026-03-10T02:30:00Z", "valid-parentheses", "WA"},
        {"2026-03-11T15:00:00Z", "two-sum", "mock-start"},
        {"2026-03-11T15:14:00Z", "two-sum", "mock:AC"},
        {"2026-03-11T15:20:00Z", "valid-parentheses", "mock-hint"},
        {"2026-03-11T15:31:00Z", "valid-parentheses", "mock:WA"},
        {"2026-03-11T15:42:00Z", "valid-parentheses", "mock-end"},
        {"2026-03-12T15:00:00Z", "lru-cache", "WA"},
        {"2026-03-12T15:40:00Z", "lru-cache", "AC"},
        {"2026-03-13T15:00:00Z", "lru-cache", "test"},
        {"2026-03-16T16:00:00Z", "hostile-one", "WA"},
        {"2026-03-16T16:10:00Z", "hostile-one", "AC"},
        {"2026-03-17T16:00:00Z", "two-sum", "forget"},
        {"2026-03-18T17:00:00Z", "merge-k-sorted-lists", "WA"},
        {"2026-03-19T13:00:00Z", "three-sum", "AC"},
        {"2026-03-19T14:00:00Z", "three-sum", "interrupted"},
    };
    for (const auto& s : steps) {
      clock.set(s.at);
      const judge::Problem problem = library.load_problem(s.problem);
      store.remember_problem(problem);
      std::string what = s.verdict;
      if (what.rfind("mock-", 0) == 0) {
        script_mock(store, clock, library, what);
        continue;
      }
      const bool in_mock = what.rfind("mock:", 0) == 0;
      if (in_mock) {
        what = what.substr(5);
      }
      if (what == "start") {
        store.record_start({s.problem, "python", (scratch() / "two-sum.py").string(),
                            judge::iso8601(clock.now())});
        continue;
      }
      judge::NewRun run;
      run.kind = what == "test" ? judge::RunKind::kTest : judge::RunKind::kSubmission;
      run.problem = s.problem;
      run.language = "python";
      run.file_name = std::string(s.problem) + ".py";
      run.source = "print(42)\n";
      run.explanation = what == "test" ? "" : "Approach: a hash map; O(n) time, O(n) space.";
      // Since March, the claims vary: a quadratic one on a rejected try, none on a slow one.
      if (std::string(s.at) >= "2026-03" && (what == "WA" || what == "TLE")) {
        run.explanation = what == "WA" ? "Approach: two nested loops over the input; O(n^2) time."
                                       : "Approach: try every split and keep the best one.";
      }
      run.mock = in_mock ? mock_.id : 0;
      const std::int64_t id = store.begin(run);
      judge::JudgeOutcome outcome;
      outcome.planned = 10;
      outcome.verdict = *judge::parse_verdict(what == "AC" || what == "test"              ? "AC"
                                              : what == "forget" || what == "interrupted" ? "WA"
                                                                                          : what);
      outcome.passed = outcome.verdict == judge::Verdict::kAccepted ? 10 : 4;
      outcome.compile.ok = outcome.verdict != judge::Verdict::kCompileError;
      outcome.max_time_ms = 30;
      if (what != "test" && what != "forget") {
        ++submissions_;  // the interrupted one too: it is a submission without a verdict
      }
      if (what == "interrupted") {
        store.finish_interrupted(id, outcome);
        continue;
      }
      store.finish(id, outcome);
      // The judge has given feedback on explanations since March (as submit stores it).
      if (what != "test" && std::string(s.at) >= "2026-03") {
        store.record_feedback(id, judge::coach::review_explanation(
                                      run.explanation, judge::coach::expectations_of(problem))
                                      .feedback);
      }
      if (what == "forget") {
        store.forget(id, true);
      }
    }
  }

  // A mock interview of two problems, as `judge mock start|answer|end` store it.
  void script_mock(judge::Store& store, const ScriptClock& clock, const judge::Library& library,
                   const std::string& what) {
    const std::string now = judge::iso8601(clock.now());
    if (what == "mock-start") {
      mock_ = judge::MockRow{};
      mock_.started_at = now;
      mock_.deadline = judge::iso8601(clock.now() + 45min);
      mock_.language = "python";
      mock_.options = "{}";
      mock_.question = "conflict-1";
      mock_.question_text = "Tell me about a time you disagreed with a teammate.";
      mock_.competency = "conflict";
      for (const char* id : {"two-sum", "valid-parentheses"}) {
        const judge::Problem p = library.load_problem(id);
        mock_.problems.push_back({id, p.title, std::string(judge::to_string(p.difficulty)),
                                  p.minutes, (scratch() / (std::string(id) + ".py")).string()});
      }
      mock_.id = store.create_mock(mock_);
      mock_.answer = "Situation: we disagreed on a schema. Result: we shipped on time.";
      mock_.answered_at = judge::iso8601(clock.now() + 4min);
      mock_.answer_feedback =
          judge::coach::Feedback{{{judge::coach::Severity::kWarning, "star.result.thin",
                                   "Say what the result was worth."}},
                                 "1 thing to fix"};
      store.update_mock(mock_);
    } else if (what == "mock-hint") {
      store.add_mock_event(mock_.id, {now, "hint", "valid-parentheses", "1"});
    } else {
      mock_.closing = "What does a good first month look like on this team?";
      mock_.closing_at = now;
      mock_.closing_feedback = judge::coach::review_closing(mock_.closing, 1).feedback;
      mock_.status = "ended";
      mock_.ended_at = now;
      store.update_mock(mock_);
    }
  }

  Output judge_at_now(const std::vector<std::string>& args,
                      const std::vector<std::string>& env = {}) {
    RunOptions o;
    o.env = {fmt::format("JUDGE_NOW={}", kNow), fmt::format("TZ={}", kZone)};
    o.env.insert(o.env.end(), env.begin(), env.end());
    return judge(args, o);
  }

  // Stored and not forgotten (26): what the report and the export count.
  int submissions_ = 0;
  judge::MockRow mock_;
};

TEST_F(ReportTest, RendersInHeadlessChromiumWithTheNetworkOff) {
  const fs::path chromium = find_chromium();
  if (chromium.empty()) {
    GTEST_SKIP() << "no Chromium installed (chromium-headless-shell or chromium): "
                    "scripts/setup installs chromium-headless-shell";
  }
  const fs::path page = scratch() / "report.html";
  Output r = judge_at_now({"report", "--out", page.string()});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find(fmt::format("{} submissions", submissions_)), std::string::npos)
      << r.describe();
  const fs::path out = artifacts();
  fs::copy_file(page, out / "report.html", fs::copy_options::overwrite_existing);

  fs::create_directories(scratch() / "profile");
  Browser browser(chromium, scratch() / "profile", out / "chromium.log");
  browser.open_page();
  browser.navigate("file://" + page.string());
  json seen = browser.evaluate(kInspect);
  write_file(out / "report-light.png", browser.screenshot());

  // Every chart drew: a canvas of some size with a good share of its pixels painted.
  std::vector<std::string> charts;
  for (const auto& c : seen["canvases"]) {
    charts.push_back(c["chart"].get<std::string>());
    const int area = c["width"].get<int>() * c["height"].get<int>();
    EXPECT_GT(area, 20000) << c.dump();
    EXPECT_GT(c["drawn"].get<int>(), area / 100) << "blank canvas: " << c.dump();
  }
  EXPECT_EQ(charts, (std::vector<std::string>{"solved", "verdicts", "topics", "first_ac", "mocks",
                                              "feedback"}));
  EXPECT_TRUE(seen["failed"].empty()) << seen["failed"].dump();

  // Every table, with rows.
  std::map<std::string, int> tables;
  for (const auto& t : seen["tables"]) {
    tables[t["id"].get<std::string>()] = t["rows"].get<int>();
  }
  EXPECT_EQ(tables["table-solved"], 3);
  EXPECT_GT(tables["table-calendar"], 10);
  EXPECT_GT(tables["table-verdicts"], 4);
  EXPECT_GT(tables["table-topics"], 10);
  EXPECT_EQ(tables["table-first-ac"], 9);  // two-sum, valid-parentheses, ..., three-sum
  EXPECT_GE(tables["table-due"], 2);       // n-queens, merge-k-sorted-lists, ...
  EXPECT_GT(tables["table-upcoming"], 0);
  EXPECT_GT(tables["table-new"], 0);
  EXPECT_EQ(seen["calendars"], 1);
  EXPECT_EQ(tables["table-mocks"], 1);
  EXPECT_EQ(tables["table-feedback"], 3);
  EXPECT_GT(tables["table-edge-cases"], 3);
  EXPECT_GT(tables["table-feedback-problems"], 3);  // the problems submitted since March
  // The claims varied since March: some wrong (valid-parentheses in O(n^2)), one missing.
  const json feedback =
      browser.evaluate("JSON.parse(document.getElementById('report-data').textContent).feedback");
  int wrong = 0;
  int missing = 0;
  for (std::size_t i = 0; i < feedback["problems"].size(); ++i) {
    wrong += feedback["wrong"][i].get<int>();
    missing += feedback["missing"][i].get<int>();
  }
  EXPECT_GT(wrong, 0) << feedback.dump();
  EXPECT_GT(missing, 0) << feedback.dump();
  // The session's drill-down: folded, its tables inside.
  EXPECT_EQ(browser.evaluate("document.querySelectorAll('details.mock table').length").get<int>(),
            3);

  // Local days: the WA at 02:30 UTC on the 10th is on the evening of the 9th in New York.
  EXPECT_EQ(seen["day"],
            json::array({"2026-03-09: 2 submissions, 1 accepted", "2026-03-10: no submissions"}));

  // The hostile pack's strings are text: no image element, no fourth script, no dialog.
  EXPECT_EQ(seen["images"], 0);
  EXPECT_EQ(seen["scripts"], 3);
  const std::string text = seen["text"].get<std::string>();
  EXPECT_NE(text.find(kHostileTitle), std::string::npos);
  EXPECT_NE(text.find(kHostileTag), std::string::npos);
  EXPECT_EQ(text.find("No mock interviews recorded yet."), std::string::npos);
  EXPECT_NE(text.find("No complexity probes recorded yet."), std::string::npos);
  EXPECT_EQ(text.find("No explanation feedback recorded yet."), std::string::npos);
  EXPECT_NE(text.find("Session #1, 2026-03-11 11:00: score"), std::string::npos);
  EXPECT_NE(text.find("submitted two-sum"), std::string::npos);
  EXPECT_NE(text.find("hint 1 of valid-parentheses"), std::string::npos);
  EXPECT_NE(text.find("Say what the result was worth."), std::string::npos);
  EXPECT_EQ(seen["background"], "rgb(255, 255, 255)");

  // The browser's dark theme: the page and the charts follow it.
  browser.theme("dark");
  json dark = browser.evaluate(kInspect);
  write_file(out / "report-dark.png", browser.screenshot());
  EXPECT_EQ(dark["background"], "rgb(13, 17, 23)");
  EXPECT_EQ(dark["chartColor"], "#e6edf3");
  for (const auto& c : dark["canvases"]) {
    EXPECT_GT(c["drawn"].get<int>(), 0) << c.dump();
  }

  // On paper: light, the folded tables open (the page's beforeprint), every chart redrawn.
  browser.theme("dark", "print");
  static_cast<void>(browser.evaluate("window.dispatchEvent(new Event('beforeprint')), 0"));
  json printed = browser.evaluate(kInspect);
  write_file(out / "report-print.png", browser.screenshot());
  EXPECT_EQ(printed["background"], "rgb(255, 255, 255)");
  EXPECT_EQ(printed["chartColor"], "#1f2328");
  EXPECT_EQ(browser.evaluate("document.querySelectorAll('details:not([open])').length").get<int>(),
            0);
  for (const auto& c : printed["canvases"]) {
    EXPECT_GT(c["drawn"].get<int>(), 0) << c.dump();
  }
  static_cast<void>(browser.evaluate("window.dispatchEvent(new Event('afterprint')), 0"));
  EXPECT_GT(browser.evaluate("document.querySelectorAll('details:not([open])').length").get<int>(),
            0);
  const std::string pdf = browser.pdf();
  write_file(out / "report.pdf", pdf);
  EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);
  EXPECT_GT(pdf.size(), 20000u);

  // Without Chart.js: tables only, and the page says why.
  const fs::path plain = scratch() / "tables.html";
  r = judge_at_now({"report", "--out", plain.string()}, {"JUDGE_CHARTJS=/nonexistent/chart.js"});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.err.find("libjs-chart.js"), std::string::npos) << r.describe();
  browser.theme("light");
  browser.navigate("file://" + plain.string());
  json tables_only = browser.evaluate(kInspect);
  write_file(out / "report-tables-only.png", browser.screenshot());
  EXPECT_TRUE(tables_only["canvases"].empty());
  EXPECT_EQ(tables_only["tables"].size(), seen["tables"].size());
  EXPECT_NE(tables_only["text"].get<std::string>().find("No charts: Chart.js was not found"),
            std::string::npos);

  EXPECT_TRUE(browser.problems.empty()) << fmt::format("{}", fmt::join(browser.problems, "\n"));
  for (const auto& url : browser.requests) {
    EXPECT_TRUE(url.rfind("file://", 0) == 0 || url.rfind("about:", 0) == 0)
        << "the page asked the network for " << url;
  }
}

TEST_F(ReportTest, AMockSessionsPageRendersInHeadlessChromium) {
  const fs::path chromium = find_chromium();
  if (chromium.empty()) {
    GTEST_SKIP() << "no Chromium installed (chromium-headless-shell or chromium): "
                    "scripts/setup installs chromium-headless-shell";
  }
  const fs::path page = scratch() / "mock-1.html";
  Output r = judge_at_now({"mock", "report", "1", "--html", page.string()});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  EXPECT_NE(r.out.find("Mock interview #1 written to " + page.string()), std::string::npos)
      << r.describe();
  const fs::path out = artifacts();
  fs::copy_file(page, out / "mock-1.html", fs::copy_options::overwrite_existing);

  fs::create_directories(scratch() / "profile");
  Browser browser(chromium, scratch() / "profile", out / "chromium-mock.log");
  browser.open_page();
  browser.navigate("file://" + page.string());
  json seen = browser.evaluate(kInspect);
  write_file(out / "mock-light.png", browser.screenshot());
  ASSERT_EQ(seen["canvases"].size(), 1u) << seen.dump();
  const json& chart = seen["canvases"][0];
  EXPECT_EQ(chart["chart"], "mock_parts");
  EXPECT_GT(chart["drawn"].get<int>(), chart["width"].get<int>() * chart["height"].get<int>() / 100)
      << "blank canvas: " << chart.dump();
  EXPECT_TRUE(seen["failed"].empty()) << seen["failed"].dump();
  std::map<std::string, int> tables;
  for (const auto& t : seen["tables"]) {
    tables[t["id"].get<std::string>()] = t["rows"].get<int>();
  }
  // Two problems, the behavioural answer and the closing questions.
  EXPECT_EQ(tables["table-mock-score"], 4);
  EXPECT_EQ(tables["table-mock-problems"], 2);
  // start, answer, two submissions, a hint, the closing questions, the end.
  EXPECT_EQ(tables["table-mock-timeline"], 7);
  const std::string text = seen["text"].get<std::string>();
  EXPECT_NE(text.find("Mock interview #1"), std::string::npos);
  EXPECT_NE(text.find("Started 2026-03-11 11:00 (local time)"), std::string::npos) << text;
  EXPECT_NE(text.find("Feedback: behavioural answer"), std::string::npos);
  EXPECT_NE(text.find("Feedback: valid-parentheses: the explanation"), std::string::npos);

  browser.theme("dark");
  json dark = browser.evaluate(kInspect);
  write_file(out / "mock-dark.png", browser.screenshot());
  EXPECT_EQ(dark["background"], "rgb(13, 17, 23)");
  EXPECT_GT(dark["canvases"][0]["drawn"].get<int>(), 0);

  EXPECT_TRUE(browser.problems.empty()) << fmt::format("{}", fmt::join(browser.problems, "\n"));
  for (const auto& url : browser.requests) {
    EXPECT_TRUE(url.rfind("file://", 0) == 0 || url.rfind("about:", 0) == 0)
        << "the page asked the network for " << url;
  }

  // Its own page is replaced; any other file is left alone.
  EXPECT_EQ(judge_at_now({"mock", "report", "1", "--html", page.string()}).exit_code, 0);
  const fs::path notes = scratch() / "notes.html";
  write_file(notes, "<p>my notes</p>\n");
  Output refused = judge_at_now({"mock", "report", "1", "--html", notes.string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.describe();
  EXPECT_EQ(read_file(notes), "<p>my notes</p>\n");
  Output missing = judge_at_now({"mock", "report", "9", "--html", page.string()});
  EXPECT_EQ(missing.exit_code, 2) << missing.describe();
  EXPECT_NE(missing.err.find("no mock session #9"), std::string::npos) << missing.describe();
}

TEST_F(ReportTest, ReplacesItsOwnReportButNoOtherFile) {
  const fs::path page = scratch() / "progress.html";
  ASSERT_EQ(judge_at_now({"report", "--out", page.string()}).exit_code, 0);
  Output again = judge_at_now({"report", "--out", page.string()});
  EXPECT_EQ(again.exit_code, 0) << again.describe();

  const fs::path notes = scratch() / "notes.html";
  write_file(notes, "<p>my notes</p>\n");
  Output refused = judge_at_now({"report", "--out", notes.string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.describe();
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.describe();
  EXPECT_EQ(read_file(notes), "<p>my notes</p>\n");
  Output forced = judge_at_now({"report", "--out", notes.string(), "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.describe();
  EXPECT_EQ(read_file(notes).rfind("<!DOCTYPE html>", 0), 0u);
}

TEST_F(ReportTest, OpensWithXdgOpenOnlyWhereThereIsADisplay) {
  // A stand-in for xdg-open that notes what it was asked to open.
  const fs::path bin = scratch() / "bin";
  write_file(bin / "xdg-open",
             fmt::format("#!/bin/sh\necho \"$1\" > {}\n", (scratch() / "opened").string()));
  fs::permissions(bin / "xdg-open", fs::perms::owner_all);
  const std::string path = fmt::format("PATH={}:/usr/bin:/bin", bin.string());
  const fs::path page = scratch() / "open.html";

  Output headless = judge_at_now({"report", "--open", "--out", page.string()}, {path});
  EXPECT_EQ(headless.exit_code, 0) << headless.describe();
  EXPECT_NE(headless.out.find("No display here"), std::string::npos) << headless.describe();
  EXPECT_NE(headless.out.find(page.string()), std::string::npos) << headless.describe();
  EXPECT_FALSE(fs::exists(scratch() / "opened"));

  Output shown = judge_at_now({"report", "--open", "--out", page.string()}, {path, "DISPLAY=:9"});
  EXPECT_EQ(shown.exit_code, 0) << shown.describe();
  EXPECT_EQ(read_file(scratch() / "opened"), page.string() + "\n");
}

TEST_F(ReportTest, SinceDrawsTheActivityFromThatDay) {
  const fs::path page = scratch() / "march.html";
  Output r = judge_at_now({"report", "--since", "2026-03-01", "--out", page.string()});
  ASSERT_EQ(r.exit_code, 0) << r.describe();
  // From 2 March on: islands x2, rain x2, two-sum, parentheses, the mock's two, lru x2,
  // hostile x2, lists, three-sum x2 (one interrupted).
  EXPECT_NE(r.out.find("15 submissions since 2026-03-01"), std::string::npos) << r.describe();
  const std::string html = read_file(page);
  EXPECT_NE(html.find("Submissions per day, 2026-03-01 to 2026-03-20"), std::string::npos);

  for (const char* bad : {"2026-3-1", "2026-02-30", "2099-01-01"}) {
    Output e = judge_at_now({"report", "--since", bad, "--out", page.string()});
    EXPECT_EQ(e.exit_code, 2) << bad << "\n" << e.describe();
    EXPECT_NE(e.err.find("hint:"), std::string::npos) << e.describe();
  }
}

TEST_F(ReportTest, ExportsEverySubmissionAsJsonCsvAndMarkdown) {
  json j = judge_json({"export", "--format", "json"}, 0);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["format"], "judge-export");
  EXPECT_EQ(j["version"], 2);
  ASSERT_EQ(j["submissions"].size(), static_cast<std::size_t>(submissions_));
  const json& first = j["submissions"][0];
  EXPECT_EQ(first["problem"], "two-sum");
  EXPECT_EQ(first["verdict"], "WA");
  EXPECT_EQ(first["created_at"], "2026-02-09T14:10:00.000Z");
  EXPECT_EQ(first["explanation"], "Approach: a hash map; O(n) time, O(n) space.");
  EXPECT_TRUE(first["feedback"].is_null());  // before March: stored without feedback
  EXPECT_TRUE(j["submissions"].back()["verdict"].is_null());  // the interrupted one
  EXPECT_EQ(j["submissions"].back()["status"], "interrupted");
  // Since March: the feedback as stored, the same shape as submit --json prints.
  const json& march = j["submissions"][12];
  EXPECT_EQ(march["problem"], "number-of-islands");
  ASSERT_TRUE(march["feedback"].is_object()) << march.dump();
  EXPECT_FALSE(march["feedback"]["summary"].get<std::string>().empty());
  EXPECT_FALSE(march["feedback"]["items"].empty());
  EXPECT_EQ(march["feedback"]["items"][0].size(), 3u);  // severity, code, message

  Output csv = judge({"export"});
  ASSERT_EQ(csv.exit_code, 0) << csv.describe();
  std::size_t lines = 0;
  for (std::size_t i = csv.out.find("\r\n"); i != std::string::npos;
       i = csv.out.find("\r\n", i + 2)) {
    ++lines;
  }
  EXPECT_EQ(lines, static_cast<std::size_t>(submissions_) + 1);
  EXPECT_EQ(csv.out.rfind("id,created_at,", 0), 0u);
  EXPECT_NE(csv.out.find("\"Approach: a hash map; O(n) time, O(n) space.\""), std::string::npos);
  EXPECT_NE(csv.out.find(",feedback,warnings\r\n"), std::string::npos);
  EXPECT_NE(csv.out.find(march["feedback"]["summary"].get<std::string>()), std::string::npos);

  RunOptions zone;
  zone.env = {fmt::format("TZ={}", kZone)};
  Output md = judge({"export", "--format", "md"}, zone);
  ASSERT_EQ(md.exit_code, 0) << md.describe();
  EXPECT_NE(md.out.find("| 1 | 2026-02-09 09:10 | two-sum | python | WA |"), std::string::npos)
      << md.out;
  EXPECT_NE(md.out.find("\nFeedback: "), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("\n- warning: "), std::string::npos) << md.out;

  const fs::path file = scratch() / "export.json";
  Output written = judge({"export", "--format", "json", "--out", file.string()});
  EXPECT_EQ(written.exit_code, 0) << written.describe();
  EXPECT_EQ(json::parse(read_file(file))["submissions"].size(),
            static_cast<std::size_t>(submissions_));
  write_file(file, "keep me\n");
  Output refused = judge({"export", "--format", "json", "--out", file.string()});
  EXPECT_EQ(refused.exit_code, 2) << refused.describe();
  EXPECT_EQ(read_file(file), "keep me\n");
  Output forced = judge({"export", "--format", "csv", "--out", file.string(), "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.describe();
  EXPECT_EQ(read_file(file).rfind("id,created_at,", 0), 0u);

  Output bad = judge({"export", "--format", "xml"});
  EXPECT_EQ(bad.exit_code, 2) << bad.describe();
}

}  // namespace
}  // namespace e2e
