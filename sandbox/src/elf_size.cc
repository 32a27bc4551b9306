#include "elf_size.h"

#include <elf.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstring>

#include "sandbox/unique_fd.h"

namespace sandbox::detail {

std::uint64_t elf_load_size(const std::string& path) noexcept {
  UniqueFd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) {
    return 0;
  }
  Elf64_Ehdr header{};
  if (pread(fd.get(), &header, sizeof header, 0) != sizeof header ||
      std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 || header.e_ident[EI_CLASS] != ELFCLASS64 ||
      header.e_phentsize != sizeof(Elf64_Phdr) || header.e_phnum > 256) {
    return 0;
  }
  std::uint64_t total = 0;
  for (unsigned i = 0; i < header.e_phnum; ++i) {
    Elf64_Phdr phdr{};
    const auto offset = static_cast<off_t>(header.e_phoff + i * sizeof(Elf64_Phdr));
    if (pread(fd.get(), &phdr, sizeof phdr, offset) != sizeof phdr) {
      return 0;
    }
    if (phdr.p_type == PT_LOAD) {
      total += phdr.p_memsz;
    }
  }
  return total;
}

}  // namespace sandbox::detail
