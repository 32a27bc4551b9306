#include "reporter.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "judge/session.h"

namespace cli {

namespace {

constexpr std::size_t kMaxShownLines = 25;
constexpr std::size_t kMaxShownBytes = 4000;

// The start of a file, for display: at most kMaxShownLines lines.
std::vector<std::string> head_lines(const std::filesystem::path& file, bool& more) {
  std::vector<std::string> lines;
  more = false;
  if (file.empty()) {
    return lines;
  }
  std::ifstream in(file, std::ios::binary);
  std::string line;
  std::size_t bytes = 0;
  while (std::getline(in, line)) {
    if (lines.size() == kMaxShownLines || bytes > kMaxShownBytes) {
      more = true;
      break;
    }
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.size() > 200) {
      line = line.substr(0, 200) + "...";
      more = true;
    }
    bytes += line.size();
    lines.push_back(printable(line));  // a program's output, or a pack's test data
  }
  return lines;
}

std::string block(const std::string& title, const std::filesystem::path& file,
                  const Terminal& term) {
  bool more = false;
  auto lines = head_lines(file, more);
  std::string out = "    " + term.paint(title, Style::kBold) + "\n";
  if (lines.empty()) {
    out += "      " + term.paint("(empty)", Style::kDim) + "\n";
  }
  for (const auto& l : lines) {
    out += "      " + l + "\n";
  }
  if (more) {
    out += "      " + term.paint("...", Style::kDim) + "\n";
  }
  return out;
}

}  // namespace

std::string sample_details(const judge::TestOutcome& outcome, const Terminal& term) {
  std::string out;
  if (!outcome.message.empty()) {
    out += "    " + term.paint(printable(outcome.message), Style::kYellow) + "\n";
  }
  bool m1 = false;
  bool m2 = false;
  bool m3 = false;
  auto in = head_lines(outcome.input, m1);
  auto expected = head_lines(outcome.answer, m2);
  auto actual = head_lines(outcome.output, m3);
  // Side by side when the three columns fit the terminal.
  std::size_t w = 8;
  for (const auto* v : {&in, &expected, &actual}) {
    for (const auto& l : *v) {
      w = std::max(w, display_width(l));
    }
  }
  const bool side =
      !outcome.answer.empty() && 4 + 3 * (w + 3) <= static_cast<std::size_t>(term.width());
  if (side) {
    out += "    " + term.paint(fit("input", w), Style::kBold) + " | " +
           term.paint(fit("expected", w), Style::kBold) + " | " +
           term.paint("your output", Style::kBold) + "\n";
    std::size_t rows = std::max({in.size(), expected.size(), actual.size()});
    for (std::size_t i = 0; i < rows; ++i) {
      std::string a = i < in.size() ? in[i] : "";
      std::string b = i < expected.size() ? expected[i] : "";
      std::string c = i < actual.size() ? actual[i] : "";
      Style s = b == c ? Style::kPlain : Style::kRed;
      out += "    " + fit(a, w) + " | " + fit(b, w) + " | " + term.paint(c, s) + "\n";
    }
    if (m1 || m2 || m3) {
      out += "    " + term.paint("(cut: the files are longer)", Style::kDim) + "\n";
    }
  } else {
    out += block("input", outcome.input, term);
    if (!outcome.answer.empty()) {
      out += block("expected", outcome.answer, term);
    }
    out += block("your output", outcome.output, term);
  }
  if (!outcome.stderr_tail.empty()) {
    std::istringstream err(outcome.stderr_tail);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(err, line)) {
      lines.push_back(line);
    }
    out += "    " + term.paint("standard error (last lines)", Style::kBold) + "\n";
    for (std::size_t i = lines.size() > 12 ? lines.size() - 12 : 0; i < lines.size(); ++i) {
      out += "      " + printable(lines[i]) + "\n";
    }
  }
  return out;
}

void TerminalReporter::clear_live() {
  if (live_) {
    fmt::print("\r\033[K");
    std::fflush(stdout);
    live_ = false;
  }
}

void TerminalReporter::compiling(const judge::Language& language) {
  if (quiet_) {
    return;
  }
  fmt::print("{} {}", term_.paint("compiling", Style::kDim), language.name);
  std::fflush(stdout);
}

void TerminalReporter::compiled(const judge::CompileResult& result) {
  if (quiet_) {
    return;
  }
  if (result.ok) {
    fmt::print(": {} in {}{}\n", term_.paint("ok", Style::kGreen),
               format_ms(static_cast<int>(result.time.count())),
               result.cached ? " (unchanged source, cached)" : "");
  } else {
    fmt::print(": {}\n", term_.paint(result.internal_error ? "internal error" : "compile error",
                                     Style::kRed));
    if (!result.message.empty()) {
      fmt::print("{}", printable(result.message));
    }
  }
}

void TerminalReporter::preparing(const std::string& what) {
  if (quiet_) {
    return;
  }
  // A count ("preparing hidden tests (3/15)"): one live line on a terminal; elsewhere, its
  // start and its end only.
  static const std::regex kCount(R"(.*\(([0-9]+)/([0-9]+)\))");
  std::smatch m;
  if (!std::regex_match(what, m, kCount)) {
    clear_live();
    fmt::print("{}\n", term_.paint(printable(what), Style::kDim));
    return;
  }
  const bool first = m[1].str() == "0";
  const bool last = m[1].str() == m[2].str();
  if (term_.interactive()) {
    fmt::print("\r\033[K{}{}", term_.paint(printable(what), Style::kDim), last ? "\n" : "");
    live_ = !last;
  } else if (first || last) {
    fmt::print("{}\n", term_.paint(printable(what), Style::kDim));
  }
  std::fflush(stdout);
}

void TerminalReporter::test_started(const judge::TestCase& test, std::size_t index,
                                    std::size_t total) {
  if (quiet_ || !term_.interactive()) {
    return;
  }
  judge::TestOutcome fake;
  fake.index = index;
  fake.sample = test.sample;
  fake.name = test.name;
  fmt::print("  {} {}\r", fit(printable(judge::public_test_name(fake, samples_)), 14),
             term_.paint(fmt::format("running ({}/{})", index + 1, total), Style::kDim));
  std::fflush(stdout);
  live_ = true;
}

void TerminalReporter::test_finished(const judge::TestOutcome& t) {
  if (quiet_) {
    return;
  }
  // The user's own input with no answer: nothing was checked.
  const bool ran = t.sample && t.answer.empty() && t.verdict == judge::Verdict::kAccepted;
  std::string line =
      fmt::format("  {} {}  {:>8}  {:>9}", fit(printable(judge::public_test_name(t, samples_)), 14),
                  fit(ran ? std::string("ran") : term_.verdict(t.verdict), 3), format_ms(t.time_ms),
                  format_kib(t.memory_kb));
  if (t.verdict != judge::Verdict::kAccepted) {
    if (!t.sample && !t.desc.empty()) {
      line += "  " + term_.paint(printable(t.desc), Style::kYellow);
    }
    if (!t.sample && !t.message.empty()) {
      line += "  " + term_.paint(printable(t.message), Style::kDim);
    }
  }
  if (live_) {
    fmt::print("\r\033[K");
    live_ = false;
  }
  fmt::print("{}\n", line);
  if (t.sample && (t.verdict != judge::Verdict::kAccepted || t.answer.empty())) {
    fmt::print("{}", sample_details(t, term_));
  }
  std::fflush(stdout);
}

}  // namespace cli
