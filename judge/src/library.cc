#include "judge/library.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/paths.h"
#include "pack_paths.h"
#include "toml_reader.h"
#include "unpack_archive.h"

#ifndef JUDGE_SOURCE_PROBLEMS
#define JUDGE_SOURCE_PROBLEMS ""
#endif

namespace judge {

namespace fs = std::filesystem;

namespace {

// Copies the pack folder `from` (under the pack's root `root`, both canonical) to `to`, which
// does not exist yet. Never copies through a link that leaves the pack: fs::copy would follow
// it and copy whatever host tree it names (a link to ~ would copy the home folder). A link to
// a file inside the pack is copied as that file, so the installed pack holds no links at all;
// a link to a folder is refused (it could loop, and a pack needs none). FIFOs, sockets and
// devices are refused. Every failure names the path and the system's reason.
void copy_pack_tree(const fs::path& root, const fs::path& from, const fs::path& to) {
  std::error_code ec;
  if (!fs::create_directory(to, ec) || ec) {
    throw Error(
        fmt::format("cannot create {}: {}", to.string(), ec ? ec.message() : "it already exists"),
        "check the permissions of $JUDGE_HOME/packs");
  }
  fs::directory_iterator it(from, ec);
  if (ec) {
    throw Error(fmt::format("cannot list {}: {}", from.string(), ec.message()),
                "check the pack folder's permissions");
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      throw Error(fmt::format("cannot list {}: {}", from.string(), ec.message()),
                  "check the pack folder's permissions");
    }
    const fs::path source = it->path();
    const fs::path target = to / source.filename();
    const fs::file_status status = fs::symlink_status(source, ec);
    if (ec) {
      throw Error(fmt::format("cannot read {}: {}", source.string(), ec.message()),
                  "check the pack folder's permissions");
    }
    if (fs::is_directory(status)) {
      copy_pack_tree(root, source, target);
      continue;
    }
    fs::path file = source;
    if (fs::is_symlink(status)) {
      // Rule 3 of pack_paths.h, for the whole pack: resolved, and refused if it leaves.
      fs::path resolved;
      (void)detail::confine_if_present(root, source, "a link in the pack", detail::Kind::kFile,
                                       resolved);
      file = resolved;
    } else if (!fs::is_regular_file(status)) {
      throw Error(fmt::format("{}: not a regular file (a FIFO, socket or device); a pack holds "
                              "only files and folders",
                              source.string()),
                  "remove it from the pack");
    }
    if (!fs::copy_file(file, target, fs::copy_options::none, ec) || ec) {
      throw Error(fmt::format("cannot copy {} to {}: {}", file.string(), target.string(),
                              ec ? ec.message() : "the target exists"),
                  "check the free space and permissions of $JUDGE_HOME/packs");
    }
    // The copy's mode is the judge's choice, not the pack's: copy_file keeps the source's
    // bits, and as root a set-user-ID file of the pack became a set-user-ID-root file (red
    // team). Readable by all, executable if it was, writable by the owner only.
    const auto kept = fs::status(file, ec).permissions() &
                      (fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec);
    fs::permissions(target,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                        fs::perms::others_read |
                        (kept != fs::perms::none ? fs::perms::owner_exec | fs::perms::group_exec |
                                                       fs::perms::others_exec
                                                 : fs::perms::none),
                    fs::perm_options::replace, ec);
    if (ec) {
      throw Error(
          fmt::format("cannot set the permissions of {}: {}", target.string(), ec.message()),
          "check the permissions of $JUDGE_HOME/packs");
    }
  }
}

}  // namespace

fs::path builtin_pack_dir() {
  if (const char* dir = std::getenv("JUDGE_BUILTIN_PACK"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "judge" / "problems";
    if (fs::exists(installed / "pack.toml", ec)) {
      return installed;
    }
  }
  return JUDGE_SOURCE_PROBLEMS;
}

Library Library::load(const fs::path& builtin, const fs::path& packs_dir) {
  Library lib;
  auto add_pack = [&lib](const fs::path& dir) {
    try {
      Pack pack = load_pack(dir);
      for (const auto& id : pack.problem_ids) {
        if (!lib.find(id)) {
          lib.entries_.push_back({id, pack.name, pack.dir / id});
        }
      }
      lib.packs_.push_back(std::move(pack));
    } catch (const Error& e) {
      lib.broken_.push_back(e.what());
    }
  };
  std::error_code ec;
  if (!builtin.empty() && fs::exists(builtin / "pack.toml", ec)) {
    add_pack(builtin);
  }
  if (fs::is_directory(packs_dir, ec)) {
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator(packs_dir, ec)) {
      if (entry.is_directory() && entry.path().filename().string()[0] != '.') {
        dirs.push_back(entry.path());
      }
    }
    std::sort(dirs.begin(), dirs.end());
    for (const auto& dir : dirs) {
      add_pack(dir);
    }
  }
  return lib;
}

std::optional<Library::Entry> Library::find(const std::string& id) const {
  for (const auto& e : entries_) {
    if (e.id == id) {
      return e;
    }
  }
  return std::nullopt;
}

Problem Library::load_problem(const std::string& id_or_path) const {
  std::error_code ec;
  const bool looks_like_path =
      id_or_path.find('/') != std::string::npos || id_or_path == "." || id_or_path == "..";
  if (!looks_like_path) {
    if (auto entry = find(id_or_path)) {
      Problem p = judge::load_problem(entry->dir);
      p.pack = entry->pack;
      return p;
    }
    if (is_problem_dir(id_or_path)) {
      return judge::load_problem(id_or_path);
    }
    std::vector<std::string> ids;
    for (const auto& e : entries_) {
      ids.push_back(e.id);
    }
    std::string message = fmt::format("unknown problem '{}'", id_or_path);
    if (auto guess = detail::closest(id_or_path, ids)) {
      message += fmt::format(", did you mean '{}'?", *guess);
    }
    throw Error(message, "'judge list' shows the problems; a problem folder can be given by path");
  }
  if (!fs::is_directory(id_or_path, ec)) {
    throw Error(fmt::format("no such problem folder: {}", id_or_path),
                "give a problem's ID ('judge list' shows them) or the path of its folder");
  }
  Problem p = judge::load_problem(id_or_path);
  for (const auto& pack : packs_) {
    if (p.dir.parent_path() == pack.dir) {
      p.pack = pack.name;
    }
  }
  return p;
}

namespace {

// Refuses a pack whose name or problem IDs clash with installed ones; `replacing` is the
// installed pack of the same name that --force replaces (its problems may stay), or null.
const Pack* check_clashes(const Pack& pack, const fs::path& packs_dir, const Library& current,
                          bool force) {
  const Pack* replacing = nullptr;
  for (const auto& p : current.packs()) {
    if (p.name != pack.name) {
      continue;
    }
    if (!force) {
      throw Error(
          fmt::format("a pack named '{}' is already installed ({})", pack.name, p.dir.string()),
          fmt::format("add --force to replace it with this one (your history is kept), remove "
                      "it first with 'judge pack remove {}', or rename yours",
                      pack.name));
    }
    if (p.dir != packs_dir / pack.name) {
      throw Error(fmt::format("'{}' is the built-in pack; --force replaces installed packs only",
                              pack.name),
                  "rename your pack (pack.toml's name, or its folder)");
    }
    replacing = &p;
  }
  for (const auto& id : pack.problem_ids) {
    if (auto other = current.find(id); other && !(replacing && other->pack == pack.name)) {
      throw Error(fmt::format("problem '{}' of pack '{}' clashes with '{}' of pack '{}'", id,
                              pack.name, id, other->pack),
                  "problem IDs are global: rename the folder of yours");
    }
    (void)judge::load_problem(pack.dir / id);  // validated before anything is copied
  }
  return replacing;
}

// Puts the copy `tmp` at `target`: a rename when nothing is there; when a pack is (--force),
// the two are exchanged in one step (renameat2), so that a judge reading the pack meanwhile
// sees the old one or the new one, never half of each, and the old one is then removed.
void put_in_place(const fs::path& tmp, const fs::path& target, bool replacing) {
  std::error_code ec;
  if (!replacing) {
    fs::rename(tmp, target, ec);
  } else if (renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    ec = std::error_code(errno, std::generic_category());
  }
  if (ec) {
    fs::remove_all(tmp, ec);
    throw Error(fmt::format("cannot install the pack at {}: {}", target.string(), ec.message()),
                "check the free space and permissions of $JUDGE_HOME/packs");
  }
  fs::remove_all(tmp, ec);  // the old pack, after an exchange; never follows links
}

// The folder an unpacked archive holds the pack in: its one top folder, or (files at the top)
// the unpacked folder itself renamed after the archive ("contest.tar.gz" -> "contest").
fs::path unpacked_root(const fs::path& unpacked, const fs::path& archive) {
  std::error_code ec;
  std::vector<fs::path> top;
  for (const auto& e : fs::directory_iterator(unpacked, ec)) {
    top.push_back(e.path());
  }
  if (top.size() == 1 && fs::is_directory(fs::symlink_status(top.front(), ec))) {
    return top.front();
  }
  std::string name = archive.filename().string();
  for (std::string_view tail : {".zip", ".tar.gz", ".tgz"}) {
    if (name.size() > tail.size() && name.ends_with(tail)) {
      name.resize(name.size() - tail.size());
      break;
    }
  }
  const fs::path root = unpacked.parent_path() / name;
  fs::rename(unpacked, root, ec);
  if (ec) {
    throw Error(fmt::format("cannot name the unpacked folder {}: {}", name, ec.message()),
                "name the archive after the pack (lowercase letters, digits and '-')");
  }
  return root;
}

}  // namespace

Pack Library::install(const fs::path& source, const fs::path& packs_dir, const Library& current,
                      bool force) {
  std::error_code ec;
  if (detail::is_archive_name(source) && !fs::is_directory(source, ec)) {
    // Unpacked into a fresh private folder beside the packs (skipped by load(): it starts with
    // '.'), then installed from there with every check a folder gets, then removed.
    ensure_dir(packs_dir);
    std::string pattern = (packs_dir / ".unpacking-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw Error(
          fmt::format("cannot create a folder in {}: {}", packs_dir.string(), std::strerror(errno)),
          "check the free space and permissions of $JUDGE_HOME/packs");
    }
    const fs::path scratch = pattern;
    try {
      detail::unpack_archive(source, scratch / "unpacked");
      Pack pack = install(unpacked_root(scratch / "unpacked", source), packs_dir, current, force);
      fs::remove_all(scratch, ec);
      return pack;
    } catch (...) {
      fs::remove_all(scratch, ec);
      throw;
    }
  }
  Pack pack = load_pack(source);
  const bool replacing = check_clashes(pack, packs_dir, current, force) != nullptr;
  ensure_dir(packs_dir);
  const fs::path target = packs_dir / pack.name;
  const fs::path tmp = packs_dir / (".installing-" + pack.name);
  fs::remove_all(tmp, ec);
  try {
    if (pack.single_package) {
      // One ICPC/Kattis package: installed as a pack of its own name holding it.
      fs::create_directory(tmp, ec);
      copy_pack_tree(pack.dir / pack.name, pack.dir / pack.name, tmp / pack.name);
    } else {
      copy_pack_tree(pack.dir, pack.dir, tmp);
    }
  } catch (...) {
    fs::remove_all(tmp, ec);  // never follows links: removes the copy only
    throw;
  }
  put_in_place(tmp, target, replacing);
  return load_pack(target);
}

void Library::remove(const std::string& name, const fs::path& packs_dir) {
  const fs::path target = packs_dir / name;
  std::error_code ec;
  if (name.empty() || name.find('/') != std::string::npos || name[0] == '.' ||
      !fs::is_directory(target, ec)) {
    throw Error(fmt::format("no installed pack named '{}'", name),
                "'judge pack list' shows the installed packs (the built-in pack cannot be "
                "removed)");
  }
  const fs::path trash = packs_dir / (".removing-" + name);
  fs::rename(target, trash, ec);
  if (ec) {
    throw Error(fmt::format("cannot remove {}: {}", target.string(), ec.message()),
                "check the permissions of $JUDGE_HOME/packs");
  }
  fs::remove_all(trash, ec);
}

}  // namespace judge
