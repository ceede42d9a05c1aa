// Semantic analysis: AST → typed tree (sema/typed_tree.hpp).
//
// Entry point of pipeline phase 3.  The checker is split one file per
// construct (check_*.cpp); checker.hpp is the shared context they use.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "sema/typed_tree.hpp"
#include "syntax/ast.hpp"
#include "syntax/source.hpp"

namespace mojoc::sema {

struct SemaOptions {
  std::string era = "auto";
  std::vector<std::string> include_dirs;
  std::string stdlib_dir;     // the Mojo-side stdlib (stdlib/README.md): `std.` imports and the prelude
  bool library_mode = false;  // --emit=cpp / mojoc_add_library: no 'main' required (E0308 off)
  // The target's vector register in bytes, for sys.info.simd_width_of (0: this host's,
  // since generated C++ is compiled with -march=native: 64 with AVX-512, 32 with AVX2).
  int simd_bytes = 0;
};

// Checks the root module; finds, lexes and parses imported sibling modules
// itself (relative to the importing file's directory, then include_dirs).
// Returns null if errors were reported.
std::unique_ptr<tir::Program> check(std::shared_ptr<ast::Module> root, SourceManager& sources,
                                    diag::DiagEngine& diags, const SemaOptions& options);

}  // namespace mojoc::sema
