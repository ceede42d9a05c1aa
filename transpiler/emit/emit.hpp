// C++ emission: typed tree → readable C++ (a .hpp declaring the namespaced
// API and a .cpp defining everything).  Reads only the typed tree.
#pragma once

#include <string>

#include "sema/typed_tree.hpp"
#include "syntax/source.hpp"

namespace mojoc::emit {

struct EmitOptions {
  bool line_directives = true;
  bool library_mode = false;
  std::string api_namespace;  // namespace of the root module's API (default: module name)
  std::string header_name;    // the .cpp includes this (default: <module>.hpp)
};

struct CppOutput {
  std::string header;
  std::string source;
};

CppOutput emit_cpp(const tir::Program& program, const SourceManager& sources, const EmitOptions& options);

}  // namespace mojoc::emit
