#include "driver/pch.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "driver/hash.hpp"
#include "driver/paths.hpp"
#include "driver/process.hpp"

namespace fs = std::filesystem;

namespace mojoc::driver {
namespace {

// Holds an flock on a file for its lifetime, so that two concurrent mojoc
// runs do not both spend seconds building the same PCH.
class FileLock {
 public:
  explicit FileLock(const std::string& path) {
    fd_ = ::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) {
      ::flock(fd_, LOCK_UN);
      ::close(fd_);
    }
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

bool exists(const std::string& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

}  // namespace

PchResult ensure_pch(const Toolchain& tc, const std::vector<std::string>& flags,
                     const std::string& runtime_dir, const std::string& runtime_hash,
                     const std::string& cache_root) {
  PchResult res;
  if (!exists(runtime_dir + "/mojo/core.hpp")) {
    res.error = "no mojo/core.hpp in " + runtime_dir;
    return res;
  }
  Sha256 h;
  h.field("mojoc-pch-v1").field(tc.cxx).field(tc.version).field(runtime_hash).field(host_cpu_id());
  for (const auto& f : flags) h.field(f);
  std::string key = h.hex().substr(0, 40);
  std::string dir = cache_root + "/pch/" + key;
  std::string header = dir + "/mojo_pch.hpp";
  std::string artifact = tc.is_clang ? dir + "/mojo_pch.pch" : header + ".gch";
  auto use = [&] {
    res.ok = true;
    if (tc.is_clang)
      res.use_flags = {"-include-pch", artifact};
    else
      res.use_flags = {"-include", header};
    return res;
  };
  if (exists(artifact)) return use();

  if (!make_dirs(cache_root + "/pch") || !make_dirs(cache_root + "/locks")) {
    res.error = "cannot create " + cache_root + "/pch";
    return res;
  }
  FileLock lock(cache_root + "/locks/pch-" + key + ".lock");
  if (exists(artifact)) return use();  // another process built it meanwhile

  auto t0 = std::chrono::steady_clock::now();
  const std::string wrapper = "// mojoc: precompiled runtime\n#include \"mojo/core.hpp\"\n";
  std::error_code ec;
  if (tc.is_clang) {
    // clang records the header's path inside the .pch, so build in the final
    // directory and only rename the .pch file itself into place.
    make_dirs(dir);
    if (!exists(header)) write_file_atomic(header, wrapper);
    std::string tmp_pch = temp_sibling(artifact);
    std::vector<std::string> argv = {tc.cxx};
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.insert(argv.end(), {"-x", "c++-header", header, "-o", tmp_pch, "-fpch-instantiate-templates"});
    ProcessResult r = run_capture(argv);
    if (!r.started || r.exit_code != 0 || std::rename(tmp_pch.c_str(), artifact.c_str()) != 0) {
      std::remove(tmp_pch.c_str());
      res.error = "building the runtime PCH failed:\n" + r.err + r.out;
      return res;
    }
  } else {
    // g++ finds <header>.gch beside the -include'd header; build both in a
    // private directory and rename the directory into place.
    std::string work = dir + ".work." + std::to_string(::getpid());
    fs::remove_all(work, ec);
    make_dirs(work);
    std::string work_header = work + "/mojo_pch.hpp";
    write_file_atomic(work_header, wrapper);
    std::vector<std::string> argv = {tc.cxx};
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.insert(argv.end(), {"-x", "c++-header", work_header, "-o", work_header + ".gch"});
    ProcessResult r = run_capture(argv);
    if (!r.started || r.exit_code != 0) {
      fs::remove_all(work, ec);
      res.error = "building the runtime PCH failed:\n" + r.err + r.out;
      return res;
    }
    fs::remove_all(dir, ec);
    fs::rename(work, dir, ec);
    if (ec) {
      fs::remove_all(work, ec);
      res.error = "cannot move the PCH into " + dir;
      return res;
    }
  }
  res.built_now = true;
  res.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return use();
}

}  // namespace mojoc::driver
