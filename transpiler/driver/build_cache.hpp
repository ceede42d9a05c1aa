// The build cache: compiled programs keyed by everything that shapes them.
//
//   <root>/bin/<key>            compiled executables
//   <root>/pch/<key>/           precompiled runtime headers (pch.cpp)
//   <root>/toolchain/*.version  memoized `cxx --version` output
//   <root>/runtime/*.hash       memoized runtime-header content hashes
//   <root>/tmp/                 work directories (renamed into place when done)
//   <root>/locks/               flock files (one PCH build at a time)
//
// key = SHA-256(generated .hpp, generated .cpp, flags, compiler path,
//               compiler --version, runtime header content, host CPU).
// Every write is a temp file + rename, so concurrent mojoc runs (ctest -j)
// never see half-written entries.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mojoc::driver {

struct CacheKeyInputs {
  std::string header;                // generated .hpp
  std::string source;                // generated .cpp
  std::vector<std::string> flags;    // codegen flags (without paths that vary per run)
  std::string compiler_path;
  std::string compiler_version;
  std::string runtime_hash;
  std::string host_cpu;
};

std::string cache_key(const CacheKeyInputs& in);

// Content hash of every file under `runtime_dir`.  Memoized in the cache by
// a stamp of (path, size, mtime) of each file, so an unchanged runtime costs
// a directory walk, not a read of every header.
std::string runtime_hash(const std::string& runtime_dir, const std::string& cache_root);

class BuildCache {
 public:
  explicit BuildCache(std::string root) : root_(std::move(root)) {}
  const std::string& root() const { return root_; }
  std::string binary_path(const std::string& key) const { return root_ + "/bin/" + key; }
  bool has_binary(const std::string& key) const;
  // Moves a freshly built executable into the cache (atomic rename).
  bool store_binary(const std::string& key, const std::string& built_path) const;
  // A fresh private work directory under <root>/tmp.
  std::string make_work_dir() const;

 private:
  std::string root_;
};

}  // namespace mojoc::driver
