// Rendering a package's statement for the terminal: Markdown as written, LaTeX through pandoc
// when it is installed, else through the built-in reader (latex.cc).
#include "judge/kattis/statement.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/language.h"
#include "kattis/scan_util.h"

namespace judge::kattis {

namespace fs = std::filesystem;

namespace {

// A statement is a few pages of text; a larger file is not one.
constexpr std::size_t kMaxStatementBytes = 1 << 20;
// pandoc is a Haskell program: its heap is capped through its runtime's own option, the way
// pandoc's manual advises for untrusted input (an address-space limit would break its large
// virtual reservation).
constexpr const char* kPandocHeap = "-M512m";

// Kattis' statement macros, defined for pandoc so that it drops them cleanly (\problemname is
// the title, shown apart; an illustration cannot be shown in a terminal).
constexpr std::string_view kPandocPreamble =
    "\\newcommand{\\problemname}[1]{}\n"
    "\\newcommand{\\illustration}[3]{}\n"
    "\\newcommand{\\sampletable}[4]{}\n";

struct FilterResult {
  bool ok = false;
  std::string output;
  std::string error;  // why it failed, or its warnings
};

// Three pipes for a child's standard input, output and error ([k][0] the reading end, [k][1]
// the writing one). False, with none left open, when one cannot be made.
bool open_pipes(std::array<std::array<int, 2>, 3>& pipes, std::string& error) {
  for (std::size_t k = 0; k < pipes.size(); ++k) {
    if (pipe2(pipes[k].data(), O_CLOEXEC) != 0) {
      error = std::strerror(errno);
      for (std::size_t j = 0; j < k; ++j) {
        close(pipes[j][0]);
        close(pipes[j][1]);
      }
      return false;
    }
  }
  return true;
}

// Starts `argv` with the pipes as its standard input, output and error, in the environment
// run_filter describes. posix_spawn's error number: 0 when it started.
int spawn_filter(const std::vector<std::string>& argv,
                 const std::array<std::array<int, 2>, 3>& pipes, pid_t& pid) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0);
  posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2);
  // Descriptors the judge opened without O_CLOEXEC (the store, a terminal) stay behind.
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  posix_spawn_file_actions_addchdir_np(&actions, "/");
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t all;
  sigfillset(&all);
  sigset_t none;
  sigemptyset(&none);
  // Default dispositions (the judge ignores SIGPIPE), an empty mask, a process group of its own.
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);
  std::vector<char*> args;
  for (const auto& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  std::array<char*, 5> env = {const_cast<char*>("PATH=/usr/local/bin:/usr/bin:/bin"),
                              const_cast<char*>("LANG=C.UTF-8"),
                              const_cast<char*>("HOME=/nonexistent"),
                              const_cast<char*>("XDG_DATA_HOME=/nonexistent"), nullptr};
  const int rc = posix_spawn(&pid, argv[0].c_str(), &actions, &attr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  return rc;
}

// The judge's ends of a running filter's pipes (-1 once closed), and how much of the input
// has been written.
struct FilterIo {
  int in_fd = -1;
  int out_fd = -1;
  int err_fd = -1;
  std::size_t written = 0;
};

// How the exchange with a filter ended.
enum class Exchange { kClosed, kTimedOut, kTooLong };

// Writes what the input pipe takes of the rest of `input`; closes it when all is written or
// the reader is gone.
void feed_input(FilterIo& io, std::string_view input) {
  const ssize_t w = write(io.in_fd, input.data() + io.written, input.size() - io.written);
  if (w > 0) {
    io.written += static_cast<std::size_t>(w);
  }
  if ((w < 0 && errno != EAGAIN && errno != EINTR) || io.written == input.size()) {
    close(io.in_fd);
    io.in_fd = -1;
  }
}

// Reads what is ready on `fd` (the output or the error pipe) into `result`, closing it at its
// end. False when the output has grown over `max_output`.
bool collect_output(FilterIo& io, int fd, std::size_t max_output, FilterResult& result) {
  char buf[16384];
  const ssize_t r = read(fd, buf, sizeof buf);
  if (r <= 0) {
    if (r < 0 && (errno == EAGAIN || errno == EINTR)) {
      return true;
    }
    close(fd);
    (fd == io.out_fd ? io.out_fd : io.err_fd) = -1;
    return true;
  }
  if (fd == io.out_fd) {
    result.output.append(buf, static_cast<std::size_t>(r));
    return result.output.size() <= max_output;
  }
  if (result.error.size() < 4096) {
    result.error.append(buf, static_cast<std::size_t>(r));
  }
  return true;
}

// Feeds the input and collects the output and error until the filter closes both, the
// `timeout` passes, or the output grows over `max_output`.
Exchange exchange(FilterIo& io, std::string_view input, std::chrono::milliseconds timeout,
                  std::size_t max_output, FilterResult& result) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (io.out_fd >= 0 || io.err_fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return Exchange::kTimedOut;
    }
    std::array<pollfd, 3> fds{};
    nfds_t n = 0;
    for (int fd : {io.in_fd, io.out_fd, io.err_fd}) {
      if (fd >= 0) {
        fds[n++] = {fd, static_cast<short>(fd == io.in_fd ? POLLOUT : POLLIN), 0};
      }
    }
    if (poll(fds.data(), n, static_cast<int>(left.count())) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    for (nfds_t k = 0; k < n; ++k) {
      if (fds[k].revents == 0) {
        continue;
      }
      if (fds[k].fd == io.in_fd) {
        feed_input(io, input);
      } else if (!collect_output(io, fds[k].fd, max_output, result)) {
        return Exchange::kTooLong;
      }
    }
  }
  return Exchange::kClosed;
}

// The filter's result from how the exchange ended and its wait status.
void finish_result(FilterResult& result, Exchange end, int status,
                   std::chrono::milliseconds timeout, std::size_t max_output) {
  if (end == Exchange::kTimedOut) {
    result.error = fmt::format("stopped after {} ms", timeout.count());
    return;
  }
  if (end == Exchange::kTooLong) {
    result.error = fmt::format("more than {} KiB of output", max_output >> 10);
    return;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    result.error = fmt::format("{}: {}",
                               WIFEXITED(status) ? fmt::format("exit {}", WEXITSTATUS(status))
                                                 : fmt::format("signal {}", WTERMSIG(status)),
                               result.error);
    return;
  }
  result.ok = true;
}

// Runs `argv` (argv[0] a full path) with `input` on its standard input, keeping at most
// `max_output` bytes of its standard output and a little of its standard error, killed at
// `timeout`. The process gets an empty environment but for PATH and a UTF-8 locale, no other
// descriptor of the judge, and its own process group.
FilterResult run_filter(const std::vector<std::string>& argv, std::string_view input,
                        std::chrono::milliseconds timeout, std::size_t max_output) {
  FilterResult result;
  std::array<std::array<int, 2>, 3> pipes{};
  if (!open_pipes(pipes, result.error)) {
    return result;
  }
  pid_t pid = -1;
  const int rc = spawn_filter(argv, pipes, pid);
  close(pipes[0][0]);
  close(pipes[1][1]);
  close(pipes[2][1]);
  if (rc != 0) {
    result.error = fmt::format("cannot start {}: {}", argv[0], std::strerror(rc));
    close(pipes[0][1]);
    close(pipes[1][0]);
    close(pipes[2][0]);
    return result;
  }
  // Writing to a pipe whose reader died raises SIGPIPE: blocked on this thread while feeding
  // the input, and a pending one taken away before the mask is restored.
  sigset_t pipe_set;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  sigset_t old_mask;
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);

  fcntl(pipes[0][1], F_SETFL, O_NONBLOCK);
  FilterIo io{
      .in_fd = input.empty() ? -1 : pipes[0][1], .out_fd = pipes[1][0], .err_fd = pipes[2][0]};
  if (io.in_fd < 0) {
    close(pipes[0][1]);
  }
  const Exchange end = exchange(io, input, timeout, max_output, result);
  for (int fd : {io.in_fd, io.out_fd, io.err_fd}) {
    if (fd >= 0) {
      close(fd);
    }
  }
  const timespec zero{0, 0};
  while (sigtimedwait(&pipe_set, nullptr, &zero) > 0) {
  }
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);

  if (end != Exchange::kClosed) {
    kill(-pid, SIGKILL);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  finish_result(result, end, status, timeout, max_output);
  return result;
}

// pandoc's Markdown, made plainer for the judge's terminal renderer, which shows *emphasis*
// markers as they are and cannot show a picture or follow a link: pandoc sets every variable
// of a formula in emphasis (*n*, *A**x*), so the markers go, bold ones too; a picture becomes
// its caption, a link its text (and its address, unless it points inside the statement).
// Backslash escapes and code stay as they are. pandoc escapes a literal '*' or '[', so an
// unescaped one is markup.
std::string plainer_inline(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size()) {
      out += c;
      out += line[++i];
    } else if (c == '`') {
      const std::size_t end = line.find('`', i + 1);
      const std::size_t stop = end == std::string::npos ? line.size() : end + 1;
      out += line.substr(i, stop - i);
      i = stop - 1;
    } else if (line.compare(i, 3, "\u2004") == 0) {
      out += ' ';  // pandoc's space around relations (n ≤ 10): a plain one copies better
      i += 2;
    } else if (c == '*') {
      // emphasis or bold: dropped
    } else if (c == '[' || (c == '!' && i + 1 < line.size() && line[i + 1] == '[')) {
      const bool picture = c == '!';
      const std::size_t open = picture ? i + 1 : i;
      const std::size_t close = line.find("](", open);
      const std::size_t end = close == std::string::npos ? close : line.find(')', close);
      if (end == std::string::npos) {
        out += c;
        continue;
      }
      const std::string text = plainer_inline(line.substr(open + 1, close - open - 1));
      const std::string target = line.substr(close + 2, end - close - 2);
      if (picture) {
        out += "(picture: " + text + ")";
      } else if (target.empty() || target[0] == '#' || target == text) {
        out += text;
      } else {
        out += text + " (" + target + ")";
      }
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

std::string plainer(const std::string& md) {
  std::string out;
  bool fenced = false;
  bool table = false;
  std::size_t line_start = 0;
  while (line_start < md.size()) {
    std::size_t line_end = md.find('\n', line_start);
    if (line_end == std::string::npos) {
      line_end = md.size();
    }
    std::string line = md.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    const bool fence = line.rfind("```", 0) == 0;
    // A table's rows are kept as pandoc aligned them, in a code block (the renderer would
    // join them into one paragraph); its bold markers become spaces, so that columns stay put.
    const bool row = !fenced && !line.empty() && line[0] == '|';
    if (row != table) {
      out += "```\n";
      table = row;
    }
    if (row) {
      std::replace(line.begin(), line.end(), '*', ' ');
      out += line + "\n";
      continue;
    }
    if (!fenced && (line.rfind("<div", 0) == 0 || line == "</div>")) {
      continue;  // \begin{center} and the like: layout, not text
    }
    out += fenced || fence || line.rfind("    ", 0) == 0 ? line : plainer_inline(line);
    out += "\n";
    if (fence) {
      fenced = !fenced;
    }
  }
  if (table) {
    out += "```\n";
  }
  return out;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// pandoc's version, from `pandoc --version`, for saying which renderer was used.
std::string pandoc_version(const std::string& pandoc) {
  static std::mutex mutex;
  static std::string cached_path;
  static std::string cached;
  std::lock_guard lock(mutex);
  if (cached_path == pandoc) {
    return cached;
  }
  FilterResult r = run_filter({pandoc, "--version"}, {}, std::chrono::milliseconds(3000), 4096);
  cached_path = pandoc;
  cached = r.ok ? first_line(r.output) : "pandoc";
  return cached;
}

}  // namespace

RenderedStatement render_statement(const StatementFile& statement, const RenderOptions& options) {
  RenderedStatement out;
  if (statement.kind == StatementFile::Kind::kPdf) {
    out.renderer = "none (a PDF statement)";
    out.markdown = fmt::format("The statement is a PDF: {}\n", statement.path.string());
    return out;
  }
  bool truncated = false;
  const std::string text = detail::read_prefix(statement.path, kMaxStatementBytes, &truncated);
  if (truncated) {
    throw Error(fmt::format("{}: the statement is larger than {} KiB", statement.path.string(),
                            kMaxStatementBytes >> 10),
                "a statement is a few pages of text; shorten it");
  }
  if (statement.kind == StatementFile::Kind::kMarkdown) {
    out.renderer = "Markdown as written";
    out.markdown = detail::terminal_safe(text);
    return out;
  }
  out.title = detail::terminal_safe(latex_problem_name(text));
  std::string pandoc = options.pandoc;
  if (pandoc.empty()) {
    pandoc = find_program("pandoc");
  } else if (pandoc == "none") {
    pandoc.clear();
  }
  if (!pandoc.empty()) {
    // --sandbox: pandoc reads and writes no file but its input and output, so a statement's
    // \input{/etc/passwd} or \include stays empty. The statement comes on standard input.
    const std::vector<std::string> argv = {
        pandoc,      "+RTS",         kPandocHeap,         "-RTS",
        "--sandbox", "--from=latex", "--to=gfm-raw_html", "--wrap=none"};
    std::string input(kPandocPreamble);
    input += text;
    FilterResult r = run_filter(argv, input, options.timeout, options.max_output);
    if (r.ok) {
      out.renderer = pandoc_version(pandoc);
      out.markdown = detail::terminal_safe(plainer(r.output));
      return out;
    }
    out.notes.push_back(fmt::format("pandoc failed ({}); the built-in reader was used",
                                    detail::terminal_safe(first_line(r.error))));
    out.renderer = "the judge's built-in LaTeX reader (pandoc failed)";
  } else {
    out.renderer = "the judge's built-in LaTeX reader (pandoc is not installed)";
  }
  out.markdown = latex_to_markdown(text);
  return out;
}

}  // namespace judge::kattis
