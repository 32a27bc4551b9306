// The protocol between the sandbox library (in the judge) and its helper process. Messages are
// SOCK_SEQPACKET datagrams; descriptors travel as SCM_RIGHTS. Both ends are built from the
// same source, so the layout needs no versioning beyond a magic number.
#pragma once

#include <linux/filter.h>

#include <cstdint>

#include "memory.h"
#include "rlimits.h"
#include "time_limits.h"
#include "user.h"

namespace sandbox::wire {

inline constexpr std::uint32_t kMagic = 0x4a445342;  // "JDSB"
inline constexpr std::uint32_t kNull = 0xffffffffu;  // a missing string offset
inline constexpr std::size_t kMaxMessage = 256 * 1024;

enum class Op : std::uint32_t {
  kHello = 1,    // u32 namespaces -> Reply{exec_buffer}; unshares the namespaces if asked
  kRoot = 2,     // root entries -> Reply; builds the minimal root (after the uid maps)
  kFilters = 3,  // the two seccomp programs -> Reply
  kRun = 4,      // RunHead + tables + strings, fds -> Reply{value = keeper PID} + its pidfd
};

struct Header {
  std::uint32_t magic;
  Op op;
  std::uint32_t size;  // whole message
  std::uint32_t reserved;
};

struct Reply {
  std::int32_t ok;     // 1 or 0
  std::int32_t error;  // errno
  std::int32_t index;  // failing root entry, or -1
  std::int32_t step;   // failing RootStep (root.h), or -1
  std::int64_t value;
  std::uint64_t exec_buffer;  // address of the helper's exec-path buffer (kHello)
};

// kRoot: u32 count, then `count` RootEntry, then the string table.
enum class EntryKind : std::uint32_t {
  kDir,
  kBindDir,
  kBindFile,
  kDevice,
  kSymlink,
  kFile,
  kHost,
  kHide,  // an empty, read-only tmpfs over a folder inside a visible one
};
struct RootEntry {
  EntryKind kind;
  std::uint32_t path;        // offset: path inside the new root
  std::uint32_t source;      // offset: host path, link text or file contents
  std::uint32_t source_len;  // bytes of `source` (file contents may hold anything)
};

// kFilters: FilterHead, then each profile's patches (u32) and instructions.
struct FilterHead {
  std::uint32_t notify;  // the default action is a user notification
  std::uint32_t length[2];
  std::uint32_t patches[2];
};

enum RunFlags : std::uint32_t {
  kNamespaces = 1u << 0,
  kWaitForGo = 1u << 1,
  kKillGroup = 1u << 2,
  kHasStdin = 1u << 3,
  kHasLandlock = 1u << 4,
};

struct WireMount {
  std::uint32_t kind;  // MountStep::Kind
  std::uint32_t source;
  std::uint32_t target;
  std::uint32_t data;
  std::uint32_t writable;
  std::uint32_t directory;
};

// kRun: RunHead, u32 argv[argc], u32 env[envc], WireMount mounts[mount_count], strings.
// Descriptors, in order: stdout, stderr, report, control, [stdin], [landlock]. The plain-data
// parts of the plan travel as the library chose them, each defined by its mechanism.
struct RunHead {
  std::uint32_t profile;  // 0: program, 1: toolchain
  std::uint32_t flags;
  detail::Credentials credentials;  // user.h
  detail::RlimitTable rlimits;      // rlimits.h
  detail::TimeWatch time;           // time_limits.h
  detail::MemoryWatch memory;       // memory.h
  std::uint32_t argc;
  std::uint32_t envc;
  std::uint32_t mount_count;
  std::uint32_t exec_path;
  std::uint32_t cwd;
};

}  // namespace sandbox::wire
