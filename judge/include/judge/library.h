// Finding problems: the built-in pack, the packs the user installed, or a folder by path.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

class Library {
 public:
  struct Entry {
    std::string id;
    std::string pack;
    std::filesystem::path dir;
  };

  /// The built-in pack (if `builtin` exists) and every pack under `packs_dir`. A pack that
  /// cannot be read is skipped and reported in broken().
  static Library load(const std::filesystem::path& builtin, const std::filesystem::path& packs_dir);

  [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return entries_; }
  [[nodiscard]] const std::vector<Pack>& packs() const noexcept { return packs_; }
  [[nodiscard]] const std::vector<std::string>& broken() const noexcept { return broken_; }
  [[nodiscard]] std::optional<Entry> find(const std::string& id) const;

  /// A problem by ID, or by path when `id_or_path` names a folder (it contains '/' or is '.').
  /// Throws Error: unknown ID (with "did you mean"), or a malformed problem.
  [[nodiscard]] Problem load_problem(const std::string& id_or_path) const;

  /// Copies the pack at `source` (a folder, or a .zip, .tar.gz or .tgz archive of one) into
  /// `packs_dir`/NAME. Refuses a pack whose name or problem IDs clash with installed ones;
  /// with `force`, an installed pack of the same name is replaced in one step. Returns the
  /// installed pack.
  static Pack install(const std::filesystem::path& source, const std::filesystem::path& packs_dir,
                      const Library& current, bool force = false);
  /// Removes the installed pack NAME. Throws Error if it is not installed (or is built in).
  static void remove(const std::string& name, const std::filesystem::path& packs_dir);

 private:
  std::vector<Entry> entries_;
  std::vector<Pack> packs_;
  std::vector<std::string> broken_;
};

/// Where the built-in pack is: $JUDGE_BUILTIN_PACK, else next to the installed program
/// (../share/judge/problems), else the source tree the program was built from.
[[nodiscard]] std::filesystem::path builtin_pack_dir();

}  // namespace judge
