// A precompiled header of the runtime (mojo/core.hpp), built once per
// (compiler, flags, runtime content) and kept in the build cache.
//
//   g++      <dir>/mojo_pch.hpp + mojo_pch.hpp.gch;   users add -include <dir>/mojo_pch.hpp
//   clang++  <dir>/mojo_pch.pch (-fpch-instantiate-templates); users add -include-pch <pch>
//
// The generated code still says #include "mojo/core.hpp"; the PCH has
// already defined its include guards, so that include costs nothing.  When
// the PCH cannot be built the compile simply goes on without one.
#pragma once

#include <string>
#include <vector>

#include "driver/toolchain.hpp"

namespace mojoc::driver {

struct PchResult {
  bool ok = false;
  std::vector<std::string> use_flags;  // flags that make a compile use the PCH
  std::string error;                   // why there is none (for --time-phases / debugging)
  bool built_now = false;
  double build_ms = 0;
};

PchResult ensure_pch(const Toolchain& tc, const std::vector<std::string>& flags,
                     const std::string& runtime_dir, const std::string& runtime_hash,
                     const std::string& cache_root);

}  // namespace mojoc::driver
