// Problems and packs: reading a problem folder (its metadata, then its files), follow-ups, and
// pack.toml.
#include "judge/problem.h"

#include <algorithm>

#include <fmt/format.h>

#include "judge/error.h"
#include "judge/kattis.h"
#include "judge/paths.h"
#include "kattis_problem.h"
#include "pack_paths.h"
#include "problem_reader.h"
#include "toml_reader.h"

namespace judge {

namespace fs = std::filesystem;

std::string_view to_string(Difficulty difficulty) noexcept {
  switch (difficulty) {
    case Difficulty::kEasy:
      return "easy";
    case Difficulty::kMedium:
      return "medium";
    case Difficulty::kHard:
      return "hard";
  }
  return "?";
}

std::size_t Problem::sample_count() const {
  return static_cast<std::size_t>(
      std::count_if(tests.begin(), tests.end(), [](const TestCase& t) { return t.sample; }));
}

bool valid_problem_id(std::string_view id) {
  // A leading digit is allowed: ICPC/Kattis packages are named so (3dprinter).
  if (id.empty() || id.size() > 64 || id[0] == '-') {
    return false;
  }
  // At least one letter: an ID of digits alone would read as a submission's number.
  return std::any_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

bool is_problem_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "problem.toml", ec) || kattis::is_kattis_package(dir);
}

namespace {

// Reads the problem folder `dir_in`; a follow-up's folder (a number) is named by `stage_id`.
Problem read_problem(const fs::path& dir_in, const std::string& stage_id) {
  std::error_code ec;
  fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the problem folder {}: {}", dir_in.string(), ec.message()),
                "check the path: a problem folder holds problem.toml and statement.md");
  }
  Problem p;
  p.dir = dir;
  p.id = stage_id.empty() ? dir.filename().string() : stage_id;
  // The ID names cache folders and is printed everywhere: a folder named with escape
  // sequences or path tricks is refused rather than carried along.
  if (stage_id.empty() && !valid_problem_id(p.id)) {
    throw Error(
        fmt::format("{}: the folder name \"{}\" is not a valid problem ID", dir.string(), p.id),
        "a problem folder is named by its ID: lowercase letters, digits and '-', "
        "not starting with '-' (two-sum); rename the folder");
  }
  const fs::path toml_path = detail::confine(dir, dir / "problem.toml", "problem.toml");
  if (!fs::exists(toml_path)) {
    if (stage_id.empty() && kattis::is_kattis_package(dir)) {
      return detail::read_kattis_problem(dir, p.id, cache_dir());
    }
    throw Error(fmt::format("{} is not a problem folder: it has no problem.toml", dir.string()),
                "see docs/pack-format.md for the layout of a problem");
  }
  const detail::Metadata metadata = detail::read_problem_toml(toml_path, p);
  detail::scan_problem_folder(p, metadata);
  return p;
}

}  // namespace

Problem load_problem(const fs::path& dir) {
  return read_problem(dir, "");
}

std::string followup_id(const std::string& id, int n) {
  return fmt::format("{}/followup-{}", id, n);
}

Problem load_followup(const Problem& main, int n) {
  if (n < 1 || static_cast<std::size_t>(n) > main.followups.size()) {
    throw Error(main.followups.empty() ? fmt::format("{} has no follow-up", main.id)
                                       : fmt::format("{} has follow-ups 1 to {}, not {}", main.id,
                                                     main.followups.size(), n),
                "'judge show ID' lists a problem's follow-ups");
  }
  Problem p =
      read_problem(main.followups[static_cast<std::size_t>(n) - 1], followup_id(main.id, n));
  p.base_id = main.id;
  p.stage = n;
  p.pack = main.pack;
  p.followups.clear();
  if (p.templates.empty()) {
    p.templates = main.templates;  // the same harness: a follow-up changes limits and tests
  }
  return p;
}

namespace {
void list_problems(Pack& pack);
Pack package_pack(const fs::path& dir);
}  // namespace

Pack load_pack(const fs::path& dir_in) {
  std::error_code ec;
  fs::path dir = fs::canonical(dir_in, ec);
  if (ec) {
    throw Error(fmt::format("cannot open the pack folder {}: {}", dir_in.string(), ec.message()),
                "check the path: a pack folder holds pack.toml and one folder per problem");
  }
  Pack pack;
  pack.dir = dir;
  const fs::path toml_path = detail::confine(dir, dir / "pack.toml", "pack.toml");
  if (!fs::exists(toml_path)) {
    return package_pack(dir);
  }
  toml::table root = detail::parse_toml_file(toml_path.string());
  detail::TableReader r(root, toml_path.string());
  pack.name = r.required_string("name");
  pack.version = r.string("version").value_or("0");
  pack.description = r.string("description").value_or("");
  r.reject_unknown_keys();
  if (!valid_problem_id(pack.name)) {
    r.fail(*root.get("name"),
           fmt::format("the pack name \"{}\" must be lowercase letters, "
                       "digits and '-'",
                       pack.name),
           "name the pack like a problem ID, such as my-pack");
  }
  list_problems(pack);
  return pack;
}

namespace {

// A pack without pack.toml: one ICPC/Kattis package, or a folder of them.
Pack package_pack(const fs::path& dir) {
  Pack pack;
  const std::string name = dir.filename().string();
  auto not_a_pack = [&dir]() {
    return Error(fmt::format("{} is not a pack: it has no pack.toml", dir.string()),
                 "a pack is a folder with pack.toml (name, version, description) and one folder "
                 "per problem, an ICPC/Kattis package (problem.yaml), or a folder of them; see "
                 "docs/pack-format.md");
  };
  if (!valid_problem_id(name)) {
    throw not_a_pack();
  }
  pack.name = name;
  pack.version = "0";
  if (kattis::is_kattis_package(dir)) {
    pack.dir = dir.parent_path();
    pack.description = "an ICPC/Kattis package";
    pack.problem_ids.push_back(name);
    pack.single_package = true;
    return pack;
  }
  pack.dir = dir;
  pack.description = "ICPC/Kattis packages";
  list_problems(pack);
  if (pack.problem_ids.empty()) {
    throw not_a_pack();
  }
  return pack;
}

}  // namespace

namespace {

// Lists the pack's problem folders into pack.problem_ids.
void list_problems(Pack& pack) {
  const fs::path& dir = pack.dir;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::error_code type_ec;
    if (!entry.is_directory(type_ec) || !is_problem_dir(entry.path())) {
      continue;  // notes, shared files: not problems
    }
    const std::string name = entry.path().filename().string();
    // A problem folder linked from elsewhere would bring that place's files into the pack.
    fs::path resolved;
    if (entry.is_symlink(type_ec)) {
      resolved = fs::canonical(entry.path(), type_ec);
      if (type_ec || !detail::is_within(dir, resolved)) {
        throw Error(fmt::format("{}: the problem folder is a link to {}, outside the pack",
                                entry.path().string(), resolved.string()),
                    "packs are untrusted input: make it a real folder of the pack");
      }
    }
    if (!valid_problem_id(name)) {
      throw Error(fmt::format("{}: the problem folder's name is not a valid problem ID",
                              entry.path().string()),
                  "a problem folder is named by its ID: lowercase letters, digits and '-', "
                  "not starting with '-' (two-sum); rename the folder");
    }
    pack.problem_ids.push_back(name);
  }
  std::sort(pack.problem_ids.begin(), pack.problem_ids.end());
}

}  // namespace

}  // namespace judge
