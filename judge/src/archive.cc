// Unpacking a pack archive into a fresh private folder (unpack_archive.h), with libarchive.
//
// libarchive parses the formats; this file decides what of it may be written. Nothing is
// written through a path: every folder is opened from the one before it with O_NOFOLLOW, and
// every file is created with O_EXCL | O_NOFOLLOW inside the folder the unpacking made itself,
// so an entry can neither follow nor replace anything, not even something made by an earlier
// entry of the same archive.
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fd.h"
#include "judge/error.h"
#include "unpack_archive.h"

namespace judge::detail {

namespace fs = std::filesystem;

namespace {

// An archive bomb is a small file that unpacks to fill the disk or the inode table. Every
// limit is checked while unpacking, on the bytes actually read, not on what the entry's
// header claims (a header can lie).
//
// Entries: the largest public contest repository surveyed (KTH Challenge 2022, nine packages)
// holds about 1 500 files; 100 000 leaves room for a large contest and stops an archive of
// millions of empty files.
constexpr std::size_t kMaxEntries = 100000;
// One file: the package rules cap a test file at 1000 MiB, as problemtools does.
constexpr std::uint64_t kMaxEntryBytes = 1000ULL << 20;
// All files: 4 GiB. The largest contest surveyed unpacks to under 300 MiB.
constexpr std::uint64_t kMaxTotalBytes = 4ULL << 30;
// Compression ratio: past the first 64 MiB, the unpacked bytes may be at most 100 times the
// archive's size. Tests of real packages (numbers, words) compress 2 to 20 times; deflate
// reaches about 1000 to 1 on runs of one byte, which is what a bomb is made of.
constexpr std::uint64_t kRatioFreeBytes = 64ULL << 20;
constexpr std::uint64_t kMaxRatio = 100;
// Folder depth: a contest folder, a package, data/secret and 16 nested groups (the package
// rules' cap) fit in 24; deeper paths only serve to exhaust descriptors and recursion.
constexpr std::size_t kMaxDepth = 24;

// An entry's name as the message shows it: control bytes escaped, so that a name cannot carry
// escape sequences to the terminal.
std::string shown(const std::string& name) {
  std::string out;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    out += byte < 0x20 || byte == 0x7f ? fmt::format("\\x{:02x}", byte) : std::string(1, c);
  }
  return out;
}

[[noreturn]] void refuse(const fs::path& archive, const std::string& entry,
                         const std::string& why) {
  throw Error(fmt::format("{}: entry '{}': {}", archive.string(), shown(entry), why),
              "an archive is untrusted input: the judge takes one that holds only plain files "
              "and folders; unpack it yourself, look at it, and give the folder to "
              "'judge pack add DIR'");
}

// The entry's path as plain components, or a refusal. The rules, and why:
// - not absolute ("/etc/cron.d/x"): it would name a file anywhere on the machine;
// - no ".." component ("a/../../.bashrc"): it climbs out of the folder without any link;
// - "." components and repeated slashes are dropped (tar writes "./data/..."), so that two
//   spellings of one path are one path for the repeat rule below;
// - at most kMaxDepth folders deep.
std::vector<std::string> entry_parts(const fs::path& archive, const std::string& name) {
  if (name.empty()) {
    refuse(archive, name, "it has no name");
  }
  if (name.front() == '/') {
    refuse(archive, name, "an absolute path; an archive's entries must be relative to it");
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    end = end == std::string::npos ? name.size() : end;
    const std::string part = name.substr(start, end - start);
    if (part == "..") {
      refuse(archive, name, "a '..' component would leave the folder it is unpacked into");
    }
    if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  if (parts.size() > kMaxDepth) {
    refuse(archive, name, fmt::format("more than {} folders deep", kMaxDepth));
  }
  return parts;
}

// Refuses every kind of entry but a regular file or a folder, and why each is dangerous:
// a symbolic link (or a hard link) can name any file of the machine, and a later entry
// written "into" it, or the judge reading it, would reach that file; a device reads or writes
// the machine's hardware; a FIFO blocks whoever reads it; a socket is nothing a pack needs.
void check_type(const fs::path& archive, const std::string& name, archive_entry* entry) {
  if (archive_entry_hardlink(entry) != nullptr) {
    refuse(archive, name, "a hard link; a pack holds only files and folders");
  }
  switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
      return;
    case AE_IFLNK:
      refuse(archive, name, "a symbolic link; a pack holds only files and folders");
    case AE_IFCHR:
    case AE_IFBLK:
      refuse(archive, name, "a device file; a pack holds only files and folders");
    case AE_IFIFO:
      refuse(archive, name, "a FIFO; a pack holds only files and folders");
    default:
      refuse(archive, name, "neither a file nor a folder; a pack holds only files and folders");
  }
}

// Opens (creating when absent) the first `count` components of `parts` as folders under
// `root`, one by one, never following a link. Returns the last one's descriptor.
int open_folders(const fs::path& archive, const std::string& name, int root,
                 const std::vector<std::string>& parts, std::size_t count) {
  int fd = fcntl(root, F_DUPFD_CLOEXEC, 0);
  for (std::size_t i = 0; i < count && fd >= 0; ++i) {
    Fd parent(fd);
    if (mkdirat(parent.get(), parts[i].c_str(), 0755) != 0 && errno != EEXIST) {
      refuse(archive, name, fmt::format("cannot create the folder: {}", std::strerror(errno)));
    }
    fd = openat(parent.get(), parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
      refuse(archive, name,
             errno == ENOTDIR
                 ? fmt::format("'{}' is a file earlier in the archive, not a folder", parts[i])
                 : fmt::format("cannot open the folder: {}", std::strerror(errno)));
    }
  }
  if (fd < 0) {
    throw Error(fmt::format("cannot open the unpacking folder: {}", std::strerror(errno)),
                "check the free space and permissions of $JUDGE_HOME/packs");
  }
  return fd;
}

struct Totals {
  std::uint64_t archive_bytes = 0;  // the archive file's size
  std::uint64_t unpacked = 0;
  std::size_t entries = 0;
};

// Writes the current entry's data into `name` (a new file in the folder `dir`), within the
// limits.
void write_file(archive* a, const fs::path& archive_path, const std::string& entry_name, int dir,
                const std::string& name, bool executable, Totals& totals) {
  Fd out(openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                executable ? 0755 : 0644));
  if (out.get() < 0) {
    refuse(archive_path, entry_name,
           errno == EEXIST ? "it repeats a path of an earlier entry"
                           : fmt::format("cannot create the file: {}", std::strerror(errno)));
  }
  std::array<char, 1 << 16> buffer{};
  std::uint64_t bytes = 0;
  for (;;) {
    const la_ssize_t n = archive_read_data(a, buffer.data(), buffer.size());
    if (n < 0) {
      refuse(archive_path, entry_name, fmt::format("cannot be read: {}", archive_error_string(a)));
    }
    if (n == 0) {
      return;
    }
    bytes += static_cast<std::uint64_t>(n);
    totals.unpacked += static_cast<std::uint64_t>(n);
    if (bytes > kMaxEntryBytes) {
      refuse(archive_path, entry_name,
             fmt::format("larger than {} MiB (a test file's limit)", kMaxEntryBytes >> 20));
    }
    if (totals.unpacked > kMaxTotalBytes) {
      refuse(archive_path, entry_name,
             fmt::format("the archive unpacks to more than {} GiB", kMaxTotalBytes >> 30));
    }
    if (totals.unpacked > kRatioFreeBytes && totals.unpacked / kMaxRatio > totals.archive_bytes) {
      refuse(archive_path, entry_name,
             fmt::format("the archive unpacks to more than {} times its size (an archive bomb?)",
                         kMaxRatio));
    }
    const char* p = buffer.data();
    for (auto left = static_cast<std::size_t>(n); left > 0;) {
      const ssize_t w = ::write(out.get(), p, left);
      if (w < 0 && errno == EINTR) {
        continue;
      }
      if (w <= 0) {
        throw Error(fmt::format("cannot write {} while unpacking {}: {}", shown(entry_name),
                                archive_path.string(), std::strerror(errno)),
                    "check the free space of $JUDGE_HOME/packs");
      }
      p += w;
      left -= static_cast<std::size_t>(w);
    }
  }
}

// One entry: its path and type checked, written if it is a file, made if it is a folder.
void unpack_entry(archive* a, const fs::path& archive_path, archive_entry* entry, int root,
                  std::set<std::string>& seen, Totals& totals) {
  const char* raw = archive_entry_pathname(entry);
  const std::string name = raw == nullptr ? std::string() : std::string(raw);
  if (++totals.entries > kMaxEntries) {
    refuse(archive_path, name, fmt::format("more than {} entries", kMaxEntries));
  }
  const std::vector<std::string> parts = entry_parts(archive_path, name);
  check_type(archive_path, name, entry);
  const bool folder = archive_entry_filetype(entry) == AE_IFDIR;
  if (parts.empty()) {
    if (folder) {
      return;  // "./": the archive's own top folder
    }
    refuse(archive_path, name, "a file without a name");
  }
  std::string key;
  for (const auto& part : parts) {
    key += "/" + part;
  }
  // A repeated path: unpackers disagree on which copy wins (the first, the last, or an error),
  // so what the user looked at in one tool need not be what the judge would install.
  if (!seen.insert(key).second) {
    refuse(archive_path, name, "it repeats a path of an earlier entry");
  }
  if (archive_entry_size_is_set(entry) != 0 && archive_entry_size(entry) > 0 &&
      static_cast<std::uint64_t>(archive_entry_size(entry)) > kMaxEntryBytes) {
    refuse(archive_path, name,
           fmt::format("larger than {} MiB (a test file's limit)", kMaxEntryBytes >> 20));
  }
  if (folder) {
    Fd dir(open_folders(archive_path, name, root, parts, parts.size()));
    return;
  }
  Fd dir(open_folders(archive_path, name, root, parts, parts.size() - 1));
  const bool executable = (archive_entry_perm(entry) & 0111) != 0;
  write_file(a, archive_path, name, dir.get(), parts.back(), executable, totals);
}

struct ReaderDeleter {
  void operator()(archive* a) const { archive_read_free(a); }
};

}  // namespace

bool is_archive_name(const fs::path& file) {
  const std::string name = file.filename().string();
  auto ends_with = [&name](std::string_view tail) {
    return name.size() > tail.size() &&
           name.compare(name.size() - tail.size(), tail.size(), tail.data(), tail.size()) == 0;
  };
  return ends_with(".zip") || ends_with(".tar.gz") || ends_with(".tgz");
}

void unpack_archive(const fs::path& archive_path, const fs::path& into) {
  std::unique_ptr<archive, ReaderDeleter> a(archive_read_new());
  if (!a) {
    throw Error("cannot start the archive reader (out of memory?)", "try again");
  }
  // Only the format the name says: every other format libarchive reads (cpio, ISO images,
  // RAR, ...) is parser code an archive could reach for nothing a pack needs.
  const bool zip = archive_path.extension() == ".zip";
  if (zip) {
    // The central directory is what zip tools list; reading it (not the local headers) means
    // the judge installs the entries the user saw in `unzip -l`.
    archive_read_support_format_zip_seekable(a.get());
  } else {
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
  }
  std::error_code ec;
  Totals totals;
  totals.archive_bytes = fs::file_size(archive_path, ec);
  if (ec || archive_read_open_filename(a.get(), archive_path.c_str(), 1 << 16) != ARCHIVE_OK) {
    throw Error(fmt::format("cannot open the archive {}: {}", archive_path.string(),
                            ec ? ec.message() : archive_error_string(a.get())),
                "give a .zip, .tar.gz or .tgz file you may read");
  }
  // A folder of its own, private while it is filled: nothing else may put links into it.
  if (mkdir(into.c_str(), 0700) != 0) {
    throw Error(fmt::format("cannot create {}: {}", into.string(), std::strerror(errno)),
                "check the free space and permissions of $JUDGE_HOME/packs");
  }
  Fd root(open(into.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (root.get() < 0) {
    throw Error(fmt::format("cannot open {}: {}", into.string(), std::strerror(errno)),
                "check the permissions of $JUDGE_HOME/packs");
  }
  std::set<std::string> seen;
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN) {
    unpack_entry(a.get(), archive_path, entry, root.get(), seen, totals);
  }
  if (status != ARCHIVE_EOF) {
    throw Error(fmt::format("{}: not a readable {} archive: {}", archive_path.string(),
                            zip ? "zip" : "tar.gz", archive_error_string(a.get())),
                "check that the file is whole and of the type its name says");
  }
  if (totals.entries == 0) {
    throw Error(fmt::format("{}: the archive is empty", archive_path.string()),
                "give an archive that holds a pack, a package or a folder of packages");
  }
}

}  // namespace judge::detail
