#include "explain.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"
#include "judge/paths.h"
#include "sandbox/run.h"

extern char** environ;

namespace cli {

namespace {

constexpr const char* kHeadings[] = {"## Approach", "## Time complexity", "## Space complexity",
                                     "## Edge cases"};

bool run_editor(const std::string& editor, const std::string& file) {
  // Through the shell, as git does: EDITOR may hold arguments ("code --wait").
  std::string script = editor + " \"$1\"";
  const char* argv[] = {"sh", "-c", script.c_str(), "sh", file.c_str(), nullptr};
  // Ctrl-C belongs to the editor while it runs (vim uses it to leave a mode): the judge ignores
  // SIGINT and SIGQUIT meanwhile, as git does, and the editor gets their default actions back.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_int {};
  struct sigaction old_quit {};
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, "/bin/sh", nullptr, &attr, const_cast<char**>(argv), environ);
  posix_spawnattr_destroy(&attr);
  int status = 0;
  if (rc == 0) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  return rc == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

std::string explanation_template(const std::string& problem_title) {
  return fmt::format(
      "# Explain your solution to {} as you would to an interviewer.\n"
      "# Fill in the sections below; lines starting with '#' and a space are ignored.\n"
      "# Save and close the editor to see the verdict. An empty explanation cancels.\n"
      "\n"
      "## Approach\n"
      "\n\n"
      "## Time complexity\n"
      "\n\n"
      "## Space complexity\n"
      "\n\n"
      "## Edge cases\n"
      "\n",
      problem_title);
}

std::string clean_explanation(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  std::string out;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line == "#" || line.rfind("# ", 0) == 0) {
      continue;  // a template comment
    }
    out += line + "\n";
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  auto start = out.find_first_not_of("\n ");
  if (start == std::string::npos) {
    return {};
  }
  // Drop the blank lines before the text, not the indentation of its first line (code).
  start = out.rfind('\n', start);
  return start == std::string::npos ? out : out.substr(start + 1);
}

bool explanation_is_empty(const std::string& cleaned) {
  std::string rest = cleaned;
  for (const char* heading : kHeadings) {
    for (auto pos = rest.find(heading); pos != std::string::npos; pos = rest.find(heading)) {
      rest.erase(pos, std::string(heading).size());
    }
  }
  return rest.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string read_text_file(const std::string& file, const std::string& what,
                           const std::string& hint) {
  std::ostringstream all;
  if (file == "-") {
    all << std::cin.rdbuf();
    return all.str();
  }
  std::ifstream in(file);
  if (!in) {
    throw judge::Error(fmt::format("cannot read the {} file {}", what, file), hint);
  }
  all << in.rdbuf();
  return all.str();
}

std::string ask_text(const TextPrompt& prompt) {
  if (isatty(STDIN_FILENO) == 0) {
    throw judge::Error(
        fmt::format("no {} given, and standard input is not a terminal to ask for one",
                    prompt.what),
        prompt.flags);
  }
  std::string text;
  const char* visual = std::getenv("VISUAL");
  const char* editor = std::getenv("EDITOR");
  const char* chosen = visual != nullptr && *visual != '\0'
                           ? visual
                           : (editor != nullptr && *editor != '\0' ? editor : nullptr);
  if (chosen != nullptr) {
    judge::TempDir dir("judge-explain");
    const std::string file = (dir.path() / prompt.file_name).string();
    std::ofstream(file) << prompt.initial;
    // Prompts go to standard error: with --json, standard output holds only the JSON.
    fmt::print(stderr, "Opening {} for your {}...\n", chosen, prompt.what);
    if (!run_editor(chosen, file)) {
      throw judge::Error(fmt::format("the editor '{}' failed; nothing was taken", chosen),
                         "check $VISUAL / $EDITOR, or " + prompt.flags);
    }
    text = judge::read_file(file);
    if (sandbox::interrupt_requested()) {  // SIGTERM while the editor ran
      throw ExplanationInterrupted(clean_explanation(text), prompt.what);
    }
    return clean_explanation(text);
  }
  fmt::print(stderr, "{}\nEnd with a line holding only '.', or Ctrl-D.\n", prompt.instructions);
  std::string line;
  while (true) {
    fmt::print(stderr, "> ");
    if (!std::getline(std::cin, line) || line == ".") {
      break;
    }
    text += line + "\n";
  }
  fmt::print(stderr, "\n");
  // Ctrl-C interrupts the read (the judge's handler does not restart it): keep what was
  // typed rather than take half of it or drop it.
  if (sandbox::interrupt_requested()) {
    throw ExplanationInterrupted(clean_explanation(text), prompt.what);
  }
  return clean_explanation(text);
}

std::string get_explanation(const ExplainOptions& options, const std::string& problem_title) {
  std::string cleaned;
  if (options.text) {
    cleaned = clean_explanation(*options.text);
  } else if (options.file) {
    cleaned = clean_explanation(
        read_text_file(*options.file, "explanation", "check the path, or pass --explain TEXT"));
  } else {
    cleaned = ask_text({"explanation", explanation_template(problem_title), "EXPLANATION.md",
                        "Explain your solution before you see the verdict: approach, time and "
                        "space complexity, edge cases.",
                        "pass --explain TEXT, or --explain-file FILE (- for standard input)"});
  }
  if (explanation_is_empty(cleaned)) {
    throw judge::Error("the explanation is empty, so nothing was submitted",
                       "write your approach, its time and space complexity and the edge cases "
                       "you thought of");
  }
  return cleaned;
}

}  // namespace cli
