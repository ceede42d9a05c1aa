#include "driver/paths.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef MOJOC_SOURCE_DIR
#define MOJOC_SOURCE_DIR ""
#endif

namespace fs = std::filesystem;

namespace mojoc::driver {
namespace {

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

std::string exe_dir() {
  std::string exe = self_exe_path();
  if (exe.empty()) return "";
  return fs::path(exe).parent_path().string();
}

}  // namespace

std::string self_exe_path() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

std::string runtime_include_dir() {
  if (const char* env = std::getenv("MOJOC_RUNTIME_DIR"); env && *env) return env;
  std::string dir = exe_dir();
  if (!dir.empty()) {
    fs::path installed = fs::path(dir) / ".." / "include" / "mojoc";
    if (is_dir(installed / "mojo")) return fs::weakly_canonical(installed).string();
  }
  std::string src = MOJOC_SOURCE_DIR;
  if (!src.empty()) return src + "/runtime-headers";
  return "";
}

std::string stdlib_dir() {
  if (const char* env = std::getenv("MOJOC_STDLIB_DIR"); env && *env) return env;
  std::string dir = exe_dir();
  if (!dir.empty()) {
    fs::path installed = fs::path(dir) / ".." / "share" / "mojoc" / "stdlib";
    if (is_dir(installed)) return fs::weakly_canonical(installed).string();
  }
  std::string src = MOJOC_SOURCE_DIR;
  if (!src.empty() && is_dir(fs::path(src) / "stdlib")) return src + "/stdlib";
  return "";
}

std::string cache_root() {
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/mojoc";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/mojoc";
  return "/tmp/mojoc-cache-" + std::to_string(::getuid());
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

bool make_dirs(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  return is_dir(dir);
}

std::string temp_sibling(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

bool write_file_atomic(const std::string& path, const std::string& data) {
  fs::path p(path);
  if (p.has_parent_path() && !make_dirs(p.parent_path().string())) return false;
  std::string tmp = temp_sibling(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

std::string file_stamp(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return "";
  return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino);
}

}  // namespace mojoc::driver
