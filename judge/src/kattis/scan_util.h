// Listing and reading the files of a package, within the confinement rules of pack_paths.h.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace judge::kattis::detail {

/// The specification's file names: letters, digits, '_', '.', '-', at most 255, not starting
/// with '.' or '-'. Others (.git, .gitignore, names with spaces or control characters) are to
/// be ignored, as if removed; ignoring them also keeps every name the judge shows or builds a
/// path from plain.
/// `plus` allows '+' too: the languages table names C++ files NAME.c++.
[[nodiscard]] bool plain_name(std::string_view name, bool plus = false);

struct Entry {
  std::string name;
  std::filesystem::path path;  ///< as found: folder / name
  bool is_link = false;        ///< a symbolic link (its target is confined by the caller)
  bool is_folder = false;      ///< a folder, or a link to one
};

/// The plain-named entries of `folder`, sorted byte-wise by name (problemtools' order). At
/// most `max_entries` (an Error beyond: a package does not hold a million files in a folder).
/// `skipped` receives the names that are not plain.
[[nodiscard]] std::vector<Entry> list_folder(const std::filesystem::path& folder,
                                             std::size_t max_entries,
                                             std::vector<std::string>* skipped = nullptr,
                                             bool plus = false);

/// At most `max_bytes` of a file (the rest is not read). `truncated` says whether there was more.
[[nodiscard]] std::string read_prefix(const std::filesystem::path& file, std::size_t max_bytes,
                                      bool* truncated = nullptr);

/// Text from a package for the terminal: control characters other than newline and tab
/// replaced by '?', so that a package cannot send escape sequences.
[[nodiscard]] std::string terminal_safe(std::string_view text);

/// `path` relative to the package folder `dir`, for messages ("data/secret/1.in").
[[nodiscard]] std::string relative(const std::filesystem::path& dir,
                                   const std::filesystem::path& path);

}  // namespace judge::kattis::detail
