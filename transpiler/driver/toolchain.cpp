#include "driver/toolchain.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "driver/hash.hpp"
#include "driver/paths.hpp"
#include "driver/process.hpp"

namespace mojoc::driver {

std::optional<Toolchain> find_toolchain(const std::string& requested, const std::string& cache_root,
                                        std::string& error) {
  std::vector<std::string> candidates;
  if (!requested.empty()) {
    candidates.push_back(requested);
  } else {
    if (const char* env = std::getenv("MOJOC_CXX"); env && *env) candidates.push_back(env);
    candidates.insert(candidates.end(), {"g++", "clang++", "c++"});
  }
  std::string path;
  for (const auto& c : candidates) {
    path = find_program(c);
    if (!path.empty()) break;
  }
  if (path.empty()) {
    error = requested.empty() ? "no C++ compiler found (tried g++, clang++, c++)"
                              : "C++ compiler '" + requested + "' not found";
    return std::nullopt;
  }
  Toolchain tc;
  tc.cxx = path;
  // Memoize `--version` by (path, resolved target, size+mtime).
  std::error_code ec;
  std::string resolved = std::filesystem::canonical(path, ec).string();
  std::string memo_key = sha256_hex(path + "\n" + resolved + "\n" + file_stamp(resolved));
  std::string memo = cache_root + "/toolchain/" + memo_key.substr(0, 32) + ".version";
  if (auto cached = read_file(memo)) {
    tc.version = *cached;
  } else {
    ProcessResult r = run_capture({path, "--version"});
    if (!r.started || r.exit_code != 0) {
      error = "cannot run '" + path + " --version': " + r.err;
      return std::nullopt;
    }
    tc.version = r.out;
    write_file_atomic(memo, tc.version);  // best effort
  }
  std::string name = std::filesystem::path(resolved.empty() ? path : resolved).filename().string();
  tc.is_clang = tc.version.find("clang") != std::string::npos || name.find("clang") != std::string::npos;
  return tc;
}

std::vector<std::string> codegen_flags(const Toolchain& tc, const CodegenFlags& f,
                                       const std::string& runtime_dir) {
  (void)tc;
  std::vector<std::string> v = {"-std=c++20", "-ffp-contract=off", "-O" + std::to_string(f.opt_level),
                                "-march=native"};
  if (f.werror) v.insert(v.end(), {"-Wall", "-Wextra", "-Werror"});
  if (!f.sanitizers.empty()) {
    std::string list;
    for (const auto& s : f.sanitizers) list += (list.empty() ? "" : ",") + s;
    v.insert(v.end(), {"-fsanitize=" + list, "-fno-omit-frame-pointer", "-g"});
    for (const auto& s : f.sanitizers)
      if (s == "undefined") v.push_back("-fno-sanitize-recover=all");
  }
  v.push_back("-I" + runtime_dir);
  return v;
}

const std::vector<std::string>& known_sanitizers() {
  static const std::vector<std::string> names = {"address", "leak", "thread", "undefined"};
  return names;
}

bool parse_sanitize_list(const std::string& list, std::vector<std::string>& out, std::string& error) {
  std::vector<bool> seen(known_sanitizers().size(), false);
  std::size_t start = 0;
  while (true) {
    std::size_t comma = list.find(',', start);
    std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::size_t k = 0;
    while (k < known_sanitizers().size() && known_sanitizers()[k] != name) ++k;
    if (k == known_sanitizers().size()) {
      error = name.empty() ? "empty sanitizer name in --sanitize=" + list
                           : "unknown sanitizer '" + name + "' in --sanitize (expected address, undefined, leak or thread)";
      return false;
    }
    seen[k] = true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  out.clear();
  for (std::size_t k = 0; k < seen.size(); ++k)
    if (seen[k]) out.push_back(known_sanitizers()[k]);
  auto has = [&](const char* n) { return std::find(out.begin(), out.end(), n) != out.end(); };
  if (has("thread") && (has("address") || has("leak"))) {
    error = "--sanitize=thread cannot be combined with address or leak";
    return false;
  }
  return true;
}

std::string host_cpu_id() {
  static const std::string id = [] {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    std::string model, flags;
    while (std::getline(in, line)) {
      if (model.empty() && line.rfind("model name", 0) == 0) model = line;
      if (flags.empty() && line.rfind("flags", 0) == 0) flags = line;
      if (!model.empty() && !flags.empty()) break;
    }
    return model + "\n" + flags;
  }();
  return id;
}

}  // namespace mojoc::driver
