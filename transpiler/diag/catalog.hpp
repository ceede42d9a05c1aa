// The one catalog of diagnostic codes.
//
// Codes live in codes_*.def, one file per pipeline phase, so that each phase
// owns its numbering.  A code never changes meaning once released: tests and
// users grep for it.
#pragma once

#include <cstdint>
#include <string_view>

namespace mojoc::diag {

enum class Code : std::uint16_t {
#define DIAG(code, name, title, help) name,
#include "diag/codes_lex.def"
#include "diag/codes_parse.def"
#include "diag/codes_sema.def"
#include "diag/codes_driver.def"
#undef DIAG
};

struct CodeInfo {
  std::string_view code;   // "E0301"
  std::string_view name;   // "UndefinedName"
  std::string_view title;  // short description, used when no message is given
  std::string_view help;   // default help line, may be empty
};

const CodeInfo& info(Code c);
// Looks a code up by its "Ennnn" spelling (for --explain and tests).
const CodeInfo* find(std::string_view code);

}  // namespace mojoc::diag
