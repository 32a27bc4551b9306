#include "pack_paths.h"

#include <fmt/format.h>

#include "judge/error.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLinkHint =
    "packs are untrusted input: a pack may link only to files inside its own problem folder; "
    "copy the file into the pack instead of linking to it (see docs/pack-format.md)";

std::string_view kind_name(Kind kind) {
  return kind == Kind::kFile ? "a file" : "a folder";
}

std::string describe(fs::file_type type) {
  switch (type) {
    case fs::file_type::regular:
      return "a file";
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a file";
  }
}

}  // namespace

bool is_within(const fs::path& root, const fs::path& path) {
  // Component by component: /packs/a-b is not inside /packs/a.
  auto r = root.begin();
  auto p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (r->empty() && std::next(r) == root.end()) {
      break;  // a trailing separator of `root`
    }
    if (p == path.end() || *r != *p) {
      return false;
    }
  }
  return true;
}

std::string pack_path_problem(std::string_view relative, std::string_view what) {
  if (relative.empty()) {
    return fmt::format("{} is empty", what);
  }
  const fs::path path{std::string(relative)};
  if (path.is_absolute()) {
    return fmt::format("{} \"{}\" is an absolute path: write it relative to the problem folder",
                       what, relative);
  }
  for (const auto& part : path) {
    if (part == "..") {
      return fmt::format("{} \"{}\" goes up out of the problem folder with '..'", what, relative);
    }
  }
  return {};
}

// True if `found`, written under the canonical folder `dir`, reaches no link on the way: it is
// then where it says, and resolving it would only cost a readlink per component from the root.
bool plain_under(const fs::path& dir, const fs::path& found) {
  const fs::path rel = found.lexically_relative(dir);
  if (rel.empty() || *rel.begin() == "..") {
    return false;
  }
  fs::path walk = dir;
  std::error_code ec;
  for (const auto& part : rel) {
    if (part == "." || part.empty()) {
      continue;
    }
    if (part == "..") {
      return false;
    }
    walk /= part;
    if (fs::is_symlink(fs::symlink_status(walk, ec)) || ec) {
      return false;
    }
  }
  return true;
}

bool confine_if_present(const fs::path& dir, const fs::path& found, std::string_view what,
                        Kind kind, fs::path& resolved) {
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(found, ec);
  if (ec || !fs::exists(link)) {
    return false;
  }
  fs::file_type type = link.type();
  if (plain_under(dir, found)) {
    resolved = found.lexically_normal();
  } else {
    // canonical() resolves every link on the way, the folders' included.
    resolved = fs::canonical(found, ec);
    if (ec) {
      const fs::path target = fs::read_symlink(found, ec);
      throw Error(fmt::format("{}: {} is a link to {}, which does not exist", found.string(), what,
                              target.string()),
                  kLinkHint);
    }
    if (!is_within(dir, resolved)) {
      throw Error(fmt::format("{}: {} leads to {}, outside {}", found.string(), what,
                              resolved.string(), dir.string()),
                  kLinkHint);
    }
    type = fs::status(resolved, ec).type();
  }
  const bool ok =
      kind == Kind::kFile ? type == fs::file_type::regular : type == fs::file_type::directory;
  if (!ok) {
    throw Error(
        fmt::format("{}: {} is {}, not {}", found.string(), what, describe(type), kind_name(kind)),
        kind == Kind::kFile ? "replace it with a regular file" : "make it a folder");
  }
  return true;
}

fs::path confine(const fs::path& dir, const fs::path& found, std::string_view what, Kind kind) {
  fs::path resolved;
  if (!confine_if_present(dir, found, what, kind, resolved)) {
    return found;
  }
  return resolved;
}

fs::path resolve_in_pack(const fs::path& dir, std::string_view relative, std::string_view what,
                         Kind kind, const std::string& where) {
  if (std::string why = pack_path_problem(relative, what); !why.empty()) {
    throw Error(where + why,
                "packs are untrusted input: their paths stay inside the problem "
                "folder (see docs/pack-format.md)");
  }
  const fs::path path = (dir / std::string(relative)).lexically_normal();
  try {
    return confine(dir, path, what, kind);
  } catch (const Error& e) {
    throw Error(where + e.what(), e.hint());
  }
}

std::string test_name_problem(std::string_view name) {
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) {
      end = name.size();
    }
    const std::string_view part = name.substr(start, end - start);
    if (part.empty() || part[0] == '.') {
      return fmt::format(
          "\"{}\" has an empty part, or one that starts with '.' ('..' would "
          "leave the test folder)",
          name);
    }
    for (char c : part) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      if (!plain) {
        return fmt::format(
            "\"{}\" holds a character other than letters, digits, '-', '_', '.' "
            "and '/'",
            name);
      }
    }
    start = end + 1;
  }
  return {};
}

}  // namespace judge::detail
