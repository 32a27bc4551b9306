// Reading what an executable needs before it runs.
#pragma once

#include <cstdint>
#include <string>

namespace sandbox::detail {

/// The memory the kernel must map for an ELF executable's loadable segments (code, data and
/// bss), in bytes; 0 if `path` is not a readable 64-bit ELF file (a script, say). A static
/// array larger than the address-space limit makes execve fail after the point of no return,
/// and the process dies of SIGSEGV: this tells that death apart from a crash.
[[nodiscard]] std::uint64_t elf_load_size(const std::string& path) noexcept;

}  // namespace sandbox::detail
