// docs/walkthrough.md is made from a real session: this test runs each command the page shows
// (a `<!-- run: judge ARGS -->` line before a console block) with the built program, in a
// fresh JUDGE_HOME and compile cache, at a fixed JUDGE_NOW, with COLUMNS=80 and NO_COLOR=1,
// and writes the files the page shows (`<!-- write: FILE -->` before a code block). It fails
// when the page differs from what the program prints, with a diff; JUDGE_UPDATE_DOCS=1
// rewrites the page instead.
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace e2e {
namespace {

// What truly varies from run to run, with the placeholders the page documents: measured
// times become "N ms", the test's own folders the ones a reader has.
std::string mask(std::string text, const fs::path& scratch, const fs::path& home) {
  auto replace_all = [&text](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  };
  replace_all(home.string(), "~/.local/share/judge");
  replace_all(scratch.string(), "~/practice");
  static const std::regex kTime(R"(\b[0-9]+ ms\b|\b[0-9]+\.[0-9]{2} s\b)");
  text = std::regex_replace(text, kTime, "N ms");
  // Measured memory varies by a few KiB between runs (format_kib: "812 KiB", "8.1 MiB"); a
  // limit ("memory 256 MiB") does not.
  static const std::regex kMemory(R"(\b[0-9]+ KiB\b|\b[0-9]+\.[0-9] MiB\b)");
  return std::regex_replace(text, kMemory, "N MiB");
}

// The comparison ignores runs of spaces: a table's columns widen or narrow with its numbers.
std::string squeeze(const std::string& text) {
  static const std::regex kSpaces(" {2,}");
  static const std::regex kTrailing(" +\n");
  return std::regex_replace(std::regex_replace(text, kSpaces, " "), kTrailing, "\n");
}

// A command line as the page writes it: words, with '...' or "..." quoting.
std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : line) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ') {
      if (in_word) {
        words.push_back(word);
      }
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) {
    words.push_back(word);
  }
  return words;
}

class WalkthroughTest : public JudgeTest {
 protected:
  // The page with every console block made again from a run of its command.
  std::string regenerate(const std::string& page) {
    std::istringstream in(page);
    std::ostringstream out;
    std::string line;
    static const std::regex kRun(R"(<!-- run: judge (.*) -->)");
    static const std::regex kWrite(R"(<!-- write: ([A-Za-z0-9._-]+) -->)");
    while (std::getline(in, line)) {
      out << line << "\n";
      std::smatch m;
      if (std::regex_match(line, m, kRun)) {
        const std::string args = m[1].str();
        skip_block(in);
        out << "```console\n$ judge " << args << "\n" << run(split_words(args)) << "```\n";
      } else if (std::regex_match(line, m, kWrite)) {
        const std::string name = m[1].str();
        const std::string block = copy_block(in, out);
        write_file(scratch() / name, block);
      }
    }
    return out.str();
  }

  std::string run(const std::vector<std::string>& args) {
    RunOptions o;
    o.env = {"JUDGE_NOW=2026-12-01T09:00:00Z", "TZ=UTC", "COLUMNS=80", "NO_COLOR=1",
             fmt::format("JUDGE_CACHE_DIR={}", (scratch() / ".cache").string())};
    Output r = judge(args, o);
    EXPECT_NE(r.exit_code, 2) << "a usage error in the page: " << r.describe();
    EXPECT_NE(r.exit_code, 3) << r.describe();
    std::string shown = r.out;
    if (!r.err.empty()) {
      shown += r.err;
    }
    return mask(shown, scratch(), home());
  }

  // Reads past a fenced block (its opening line included), for a block made again.
  static void skip_block(std::istream& in) {
    std::string line;
    std::getline(in, line);  // ```console
    while (std::getline(in, line) && line != "```") {
    }
  }

  // Copies a fenced block as it is; returns its text.
  static std::string copy_block(std::istream& in, std::ostream& out) {
    std::string line;
    std::string text;
    std::getline(in, line);
    out << line << "\n";
    while (std::getline(in, line) && line != "```") {
      out << line << "\n";
      text += line + "\n";
    }
    out << "```\n";
    return text;
  }
};

TEST_F(WalkthroughTest, ThePageShowsWhatTheProgramPrints) {
  if (!have_program("python3")) {
    GTEST_SKIP() << "python3 is not installed";
  }
  // The complexity probe after an AC prints measured figures, different on every run: the page
  // says it is off (docs/walkthrough.md), and this is where.
  write_file(home() / "config.toml", "[probe]\nafter_accept = false\n");
  const fs::path page = testdata().parent_path().parent_path() / "docs" / "walkthrough.md";
  const std::string before = read_file(page);
  const std::string after = regenerate(before);
  if (before == after) {
    return;
  }
  const char* update = std::getenv("JUDGE_UPDATE_DOCS");
  if (update != nullptr && std::string(update) == "1") {
    write_file(page, after);
    GTEST_SKIP() << "rewrote " << page.string();
  }
  if (squeeze(before) == squeeze(after)) {
    return;  // only the width of a column changed
  }
  const fs::path made = scratch() / "walkthrough.md";
  write_file(made, after);
  const std::string diff = fmt::format("diff -u '{}' '{}'", page.string(), made.string());
  (void)std::system(diff.c_str());
  ADD_FAILURE() << page.string()
                << " no longer shows what the program prints (the diff is above). If the "
                   "change is intended, rewrite the page with:\n  JUDGE_UPDATE_DOCS=1 "
                   "build/ci/tests/e2e/e2e_tests --gtest_filter='WalkthroughTest.*'\nand read "
                   "the diff before committing it.";
}

}  // namespace
}  // namespace e2e
