// Where a pack's files may be: the confinement rules for packs, which are untrusted input.
//
// A pack is a folder someone else wrote (downloaded, unzipped, cloned). Every path the judge
// takes from it, whether written in problem.toml or found by listing its folders, goes through
// these functions before anything is read, copied, compiled or run. The rules, and why:
//
// 1. A path written in a pack file is relative to the problem folder: an absolute path would
//    name any file of the machine (checker source = "/home/me/.ssh/id_ed25519").
// 2. It has no ".." component: "../../.bashrc" climbs out of the folder without any link.
// 3. What it names, links resolved, is inside the problem folder: a symlink (a file, or any
//    folder on the way) can point anywhere, and would make `judge show` print, `pack add`
//    copy, or the sandbox bind a host file (data/sample/01.in -> ~/.bashrc). A link that stays
//    inside the folder is harmless and is followed; the judge then uses the resolved path, so
//    nothing is looked up through the link again.
// 4. A file is a regular file and a folder a folder: a FIFO or a device (a tar archive can
//    hold both) would block the judge or read the machine's devices.
// 5. Names the judge builds paths or shows output from (problem folders, [[generated]] test
//    names) are plain: letters, digits, '-', '_', '.', without control characters, so that
//    they can neither climb out of a folder nor carry escape sequences to a terminal.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace judge::detail {

/// True if the canonical path `path` is `root` or inside it (both canonical).
[[nodiscard]] bool is_within(const std::filesystem::path& root, const std::filesystem::path& path);

/// Why `relative`, written in a pack file, may not name a file of a problem folder (rules 1
/// and 2), or empty if it may. `what` names the setting in the message ("the checker source").
[[nodiscard]] std::string pack_path_problem(std::string_view relative, std::string_view what);

enum class Kind { kFile, kFolder };

/// A path written in a pack file, resolved inside the problem folder `dir` (canonical): rules
/// 1 to 4. Returns the resolved path, or `dir / relative` when nothing is there (the caller
/// says what is missing). Throws Error starting with `where` ("problem.toml:12:10: ").
[[nodiscard]] std::filesystem::path resolve_in_pack(const std::filesystem::path& dir,
                                                    std::string_view relative,
                                                    std::string_view what, Kind kind = Kind::kFile,
                                                    const std::string& where = {});

/// A file or folder found in the problem folder `dir` (canonical) by listing it, or one of
/// its fixed names (statement.md): rules 3 and 4. Returns its resolved path; throws Error
/// naming `found` and where it leads.
[[nodiscard]] std::filesystem::path confine(const std::filesystem::path& dir,
                                            const std::filesystem::path& found,
                                            std::string_view what, Kind kind = Kind::kFile);

/// Like confine(), for something that may be absent: false when nothing is at `found` (a
/// dangling link is not nothing: it throws).
[[nodiscard]] bool confine_if_present(const std::filesystem::path& dir,
                                      const std::filesystem::path& found, std::string_view what,
                                      Kind kind, std::filesystem::path& resolved);

/// Rule 5 for a [[generated]] test name ("secret/20-max"): empty if it is plain, else why not.
[[nodiscard]] std::string test_name_problem(std::string_view name);

}  // namespace judge::detail
