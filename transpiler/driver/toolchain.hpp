// The host C++ toolchain and the flags generated code is compiled with.
//
// Generated C++ is compiled with
//   -std=c++20          the runtime headers use concepts and constexpr features
//   -ffp-contract=off   a*b+c stays two roundings, bit-identical to Mojo (DESIGN §5)
//   -O2 (-O0..-O3)      the user's choice, default -O2
//   -march=native       SIMD code uses the host's widest vectors
//   -I <runtime>        the header-only runtime (mojo/core.hpp)
// and with --Werror additionally -Wall -Wextra -Werror (the test runner uses
// this: generated code must be warning-free).  --sanitize=LIST adds
//   -fsanitize=LIST -fno-omit-frame-pointer -g
// and, when LIST has `undefined`, -fno-sanitize-recover=all (UB is fatal).
// These are ordinary codegen flags, so they are part of the build-cache key
// and of the PCH key: a sanitized binary or PCH never stands in for a plain one.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mojoc::driver {

struct Toolchain {
  std::string cxx;          // absolute path of the C++ compiler
  std::string version;      // its full `--version` output (part of every cache key)
  bool is_clang = false;
};

// `requested` is what --cxx said ("" = default: $MOJOC_CXX, then g++, clang++,
// c++).  The version output is memoized in the cache directory by compiler
// path and modification time, so a cached run spawns no process for it.
std::optional<Toolchain> find_toolchain(const std::string& requested, const std::string& cache_root,
                                        std::string& error);

struct CodegenFlags {
  int opt_level = 2;    // -O0..-O3
  bool werror = false;  // -Wall -Wextra -Werror
  std::vector<std::string> sanitizers;  // e.g. {"address", "undefined"}; empty = none
};

// The sanitizers --sanitize accepts, in their canonical order.
const std::vector<std::string>& known_sanitizers();

// Parses a --sanitize comma list into canonical order (duplicates dropped).
// Returns false with `error` set on an unknown or empty name or an
// incompatible combination (thread with address or leak).
bool parse_sanitize_list(const std::string& list, std::vector<std::string>& out, std::string& error);

// Flags that shape the compiled code; identical for the PCH and the program
// (a PCH is only used when built with exactly the same flags).
std::vector<std::string> codegen_flags(const Toolchain& tc, const CodegenFlags& f,
                                       const std::string& runtime_dir);

// Identity of the host CPU (model name), since -march=native depends on it.
std::string host_cpu_id();

}  // namespace mojoc::driver
