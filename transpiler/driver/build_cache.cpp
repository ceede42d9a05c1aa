#include "driver/build_cache.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "driver/hash.hpp"
#include "driver/paths.hpp"

namespace fs = std::filesystem;

namespace mojoc::driver {

std::string cache_key(const CacheKeyInputs& in) {
  Sha256 h;
  h.field("mojoc-cache-v1");
  h.field(in.header);
  h.field(in.source);
  h.field(std::to_string(in.flags.size()));
  for (const auto& f : in.flags) h.field(f);
  h.field(in.compiler_path);
  h.field(in.compiler_version);
  h.field(in.runtime_hash);
  h.field(in.host_cpu);
  return h.hex();
}

std::string runtime_hash(const std::string& runtime_dir, const std::string& cache_root) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(runtime_dir, ec); !ec && it != fs::end(it); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  Sha256 stamp;
  stamp.field(runtime_dir);
  for (const auto& f : files) stamp.field(f.string()).field(file_stamp(f.string()));
  std::string stamp_hex = stamp.hex();
  std::string memo = cache_root + "/runtime/" + stamp_hex.substr(0, 32) + ".hash";
  if (auto cached = read_file(memo); cached && cached->size() == 64) return *cached;
  Sha256 content;
  for (const auto& f : files) {
    content.field(fs::relative(f, runtime_dir, ec).string());
    content.field(read_file(f.string()).value_or(""));
  }
  std::string hex = content.hex();
  write_file_atomic(memo, hex);
  return hex;
}

bool BuildCache::has_binary(const std::string& key) const {
  return ::access(binary_path(key).c_str(), X_OK) == 0;
}

bool BuildCache::store_binary(const std::string& key, const std::string& built_path) const {
  std::string dest = binary_path(key);
  if (!make_dirs(root_ + "/bin")) return false;
  // Rename within the cache filesystem; the work dir lives under <root>/tmp.
  if (std::rename(built_path.c_str(), dest.c_str()) == 0) return true;
  std::error_code ec;
  std::string tmp = temp_sibling(dest);
  fs::copy_file(built_path, tmp, fs::copy_options::overwrite_existing, ec);
  if (ec) return false;
  fs::permissions(tmp, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec, ec);
  return std::rename(tmp.c_str(), dest.c_str()) == 0;
}

std::string BuildCache::make_work_dir() const {
  std::string base = root_ + "/tmp";
  make_dirs(base);
  std::string templ = base + "/work-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (::mkdtemp(buf.data()) == nullptr) return "";
  return std::string(buf.data());
}

}  // namespace mojoc::driver
