// Unpacking a pack given as an archive (`judge pack add FILE.zip|FILE.tar.gz|FILE.tgz`).
//
// An archive is untrusted input, like a pack folder, and more dangerous: its entries name
// paths the unpacker creates. archive.cc refuses, before anything lands outside a fresh
// private folder, every entry that could write elsewhere, link elsewhere, or fill the disk;
// each rule has its reason beside it. What is unpacked then goes through the same checks as a
// pack folder (pack_paths.h, load_pack, the copy of Library::install).
#pragma once

#include <cstdint>
#include <filesystem>

namespace judge::detail {

/// True if `file`'s name says it is an archive the judge unpacks (.zip, .tar.gz, .tgz).
[[nodiscard]] bool is_archive_name(const std::filesystem::path& file);

/// Unpacks `archive` into the folder `into`, which must not exist: it is created, private
/// (0700), and only entries that are plain files and folders at plain relative paths are
/// written into it, none twice, within the size limits of archive.cc. Throws Error naming the
/// archive and the offending entry; the caller removes `into`.
void unpack_archive(const std::filesystem::path& archive, const std::filesystem::path& into);

}  // namespace judge::detail
