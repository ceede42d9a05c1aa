// Where mojoc finds its own files and keeps its cache, plus small file helpers.
//
//   runtime headers  <prefix>/include/mojoc            (installed)
//                    <source dir>/runtime-headers      (build tree, MOJOC_SOURCE_DIR)
//   Mojo stdlib      <prefix>/share/mojoc/stdlib       (installed)
//                    <source dir>/stdlib               (build tree)
//   build cache      $XDG_CACHE_HOME/mojoc, else ~/.cache/mojoc
//
// MOJOC_RUNTIME_DIR and MOJOC_STDLIB_DIR in the environment override the
// first two (for packagers and tests).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace mojoc::driver {

std::string self_exe_path();
std::string runtime_include_dir();  // the directory that contains mojo/core.hpp
std::string stdlib_dir();           // "" when there is none
std::string cache_root();           // created on demand by the users

std::optional<std::string> read_file(const std::string& path);
// Writes to a temporary file in the same directory and renames it into
// place, so a reader never sees a half-written file.  Creates parent dirs.
bool write_file_atomic(const std::string& path, const std::string& data);
bool make_dirs(const std::string& dir);
// Cheap identity of a file: size and modification time ("" if missing).
std::string file_stamp(const std::string& path);
// A unique temporary name next to `path` (same filesystem, for rename).
std::string temp_sibling(const std::string& path);

}  // namespace mojoc::driver
