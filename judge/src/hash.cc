#include "judge/hash.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace judge {

Fingerprint& Fingerprint::add(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  for (unsigned char c : bytes) {
    a_ = (a_ ^ c) * kPrime;
    b_ = (b_ ^ c) * kPrime;
    b_ ^= b_ >> 29;  // the second lane mixes differently so the lanes do not move together
  }
  return *this;
}

Fingerprint& Fingerprint::field(std::string_view bytes) {
  add(fmt::format("{}:", bytes.size()));
  return add(bytes);
}

std::string Fingerprint::hex() const {
  return fmt::format("{:016x}{:016x}", a_, b_);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace judge
