// A stable 128-bit fingerprint for cache keys (not a cryptographic hash: the caches are the
// user's own, and a collision would need two sources crafted against each other).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace judge {

class Fingerprint {
 public:
  Fingerprint& add(std::string_view bytes);
  /// Adds a value and a separator, so that ("ab","c") and ("a","bc") differ.
  Fingerprint& field(std::string_view bytes);
  /// 32 hexadecimal digits.
  [[nodiscard]] std::string hex() const;

 private:
  std::uint64_t a_ = 0xcbf29ce484222325ULL;  // FNV-1a offset basis
  std::uint64_t b_ = 0x84222325cbf29ce4ULL;  // a second lane with another start
};

/// The contents of a file, or an empty string when it cannot be read.
[[nodiscard]] std::string read_file(const std::string& path);

}  // namespace judge
