// The whole compiler pipeline, in order, on one screen (DESIGN.md §2).
//
//   source ──lex──▶ tokens ──parse──▶ AST ──sema──▶ typed tree ──emit──▶ C++ ──driver──▶ binary
//
//   1. lex      syntax/lexer.hpp    layout-aware tokens (NEWLINE/INDENT/DEDENT)
//   2. parse    syntax/parser.hpp   Spirit X3 grammar over tokens → ast::Module
//   3. sema     sema/sema.hpp       names, types, overloads, editions, imports → tir::Program
//   4. emit     emit/emit.hpp       tir::Program → readable C++ (.hpp + .cpp)
//   5. driver   driver/*.hpp        toolchain, build cache, PCH, run (the only part that spawns processes)
//
// Data flows one way: no phase reaches back into an earlier one, and each
// phase only reports diagnostics into the shared DiagEngine.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/source.hpp"

namespace mojoc {

struct CompileOptions {
  std::string era = "auto";                // --mojo-era: auto, or an edition such as 24.4, 25.6, 26.1, 1.0
  bool line_directives = true;             // --no-line-directives turns #line off
  bool library_mode = false;               // --emit=cpp / mojoc_add_library: no C++ main()
  std::string api_namespace;               // namespace of the generated C++ API (default: module name)
  std::vector<std::string> include_dirs;   // -I DIR, searched for imported modules
};

enum class StopAfter { Tokens, Ast, Sema, Cpp };

struct PipelineResult {
  bool ok = false;
  std::string dump;        // --emit=tokens / --emit=ast text
  std::string header;      // generated .hpp
  std::string source;      // generated .cpp (includes the .hpp by `header_name`)
  std::string header_name; // e.g. "hello.hpp"
  std::string module_name; // e.g. "hello"
};

// Runs the phases above on one root file.  Never throws for user errors:
// they end up in `diags` and `ok` is false.
PipelineResult run_pipeline(SourceManager& sources, diag::DiagEngine& diags, const std::string& path,
                            const CompileOptions& options, StopAfter stop = StopAfter::Cpp);

}  // namespace mojoc
