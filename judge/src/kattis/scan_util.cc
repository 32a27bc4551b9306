#include "kattis/scan_util.h"

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

#include "judge/error.h"

namespace judge::kattis::detail {

namespace fs = std::filesystem;

bool plain_name(std::string_view name, bool plus) {
  if (name.empty() || name.size() > 255 || name[0] == '.' || name[0] == '-') {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [plus](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || (plus && c == '+');
  });
}

std::vector<Entry> list_folder(const fs::path& folder, std::size_t max_entries,
                               std::vector<std::string>* skipped, bool plus) {
  std::vector<Entry> entries;
  std::error_code ec;
  std::size_t seen = 0;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::end(it); it.increment(ec)) {
    if (++seen > max_entries) {
      throw Error(fmt::format("{}: more than {} files in one folder", folder.string(), max_entries),
                  "packages are untrusted input and the judge lists them whole; split the "
                  "folder or remove what the problem does not need");
    }
    const std::string name = it->path().filename().string();
    if (!plain_name(name, plus)) {
      if (skipped != nullptr) {
        skipped->push_back(name);
      }
      continue;
    }
    Entry e;
    e.name = name;
    e.path = it->path();
    std::error_code type_ec;
    e.is_link = it->is_symlink(type_ec);
    e.is_folder = it->is_directory(type_ec);  // follows a link
    entries.push_back(std::move(e));
  }
  if (ec) {
    throw Error(fmt::format("cannot list {}: {}", folder.string(), ec.message()),
                "check the folder's permissions");
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return entries;
}

std::string read_prefix(const fs::path& file, std::size_t max_bytes, bool* truncated) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(fmt::format("{}: cannot read the file", file.string()), "check its permissions");
  }
  std::string text(max_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  const bool more = text.size() > max_bytes;
  if (more) {
    text.resize(max_bytes);
  }
  if (truncated != nullptr) {
    *truncated = more;
  }
  return text;
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\n' && c != '\t') || u == 0x7f ? '?' : c;
  }
  return out;
}

std::string relative(const fs::path& dir, const fs::path& path) {
  const fs::path rel = path.lexically_relative(dir);
  return rel.empty() || *rel.begin() == ".." ? path.string() : rel.generic_string();
}

}  // namespace judge::kattis::detail
