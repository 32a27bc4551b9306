#include "starter.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/hash.h"

namespace cli {

namespace fs = std::filesystem;

namespace {

// The template file of a problem for a language (by the language's extensions).
std::optional<fs::path> template_for(const judge::Problem& p, const judge::Language& lang) {
  for (const auto& [name, path] : p.templates) {
    std::string ext = fs::path(name).extension().string();
    if (!ext.empty() && std::find(lang.extensions.begin(), lang.extensions.end(), ext.substr(1)) !=
                            lang.extensions.end()) {
      return path;
    }
  }
  return std::nullopt;
}

// Writes the starter file and nothing else. Its name is the problem's ID (a valid ID: no '/',
// no "..") and the language's extension, in the folder the user chose. O_NOFOLLOW: a link
// left at that name (by anyone) is not written through; O_EXCL without --force: an existing
// file is never replaced between the check above and here.
void write_starter(const fs::path& file, const std::string& contents, bool force) {
  const int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (force ? O_TRUNC : O_EXCL);
  const int fd = open(file.c_str(), flags, 0644);
  if (fd < 0) {
    const int err = errno;
    throw judge::Error(
        fmt::format("cannot write {}: {}", file.string(),
                    err == ELOOP ? "it is a symbolic link, which the judge does not write through"
                                 : std::strerror(err)),
        err == ELOOP ? "remove the link, or pass --dir to write elsewhere"
                     : "check the folder's permissions, or pass --dir to write elsewhere");
  }
  std::size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int err = errno;
      close(fd);
      throw judge::Error(fmt::format("cannot write {}: {}", file.string(), std::strerror(err)),
                         "check the free space, or pass --dir to write elsewhere");
    }
    done += static_cast<std::size_t>(n);
  }
  close(fd);
}

}  // namespace

fs::path write_starter_file(const judge::Problem& p, const judge::Language& lang,
                            const fs::path& dir, bool force, const std::string& first_line) {
  auto tmpl = template_for(p, lang);
  std::string ext = lang.extensions.empty()
                        ? lang.source_name.substr(lang.source_name.find('.') + 1)
                        : lang.extensions.front();
  std::string contents = first_line;
  if (tmpl) {
    contents += judge::read_file(tmpl->string());
  } else {
    fmt::print(stderr, "judge: warning: {} has no {} template; starting from an empty file\n", p.id,
               lang.name);
  }
  // A follow-up's file: two-sum-followup-1.cpp.
  const std::string stem = p.stage == 0 ? p.id : fmt::format("{}-followup-{}", p.base_id, p.stage);
  const fs::path file = fs::absolute(dir / fmt::format("{}.{}", stem, ext)).lexically_normal();
  std::error_code ec;
  if (fs::exists(fs::symlink_status(file, ec)) && !force) {
    throw judge::Error(fmt::format("{} already exists; not overwriting your work", file.string()),
                       "pass --force to start over from the template, or --dir to write elsewhere");
  }
  fs::create_directories(file.parent_path(), ec);
  write_starter(file, contents, force);
  return file;
}

}  // namespace cli
