// Editions: the five things that mean different things in different Mojo
// versions (DESIGN.md §4), decided per file.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace mojoc::sema {

struct Edition {
  bool legacy = false;             // before 26.2
  bool def_raises = false;         // `def` implicitly raises (legacy)
  bool int_div_is_float = false;   // Int / Int → Float64 (legacy)
  bool legacy_float_format = false;  // ≤ 24.5: floats print %.17g
  std::string name = "1.x";
};

// `era` is the --mojo-era flag ("auto" guesses from the file's markers).
Edition decide_edition(const ast::EditionMarkers& markers, const std::string& era);

}  // namespace mojoc::sema
