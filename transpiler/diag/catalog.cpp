#include "diag/catalog.hpp"

#include <array>

namespace mojoc::diag {
namespace {
constexpr CodeInfo kTable[] = {
#define DIAG(code, name, title, help) {#code, #name, title, help},
#include "diag/codes_lex.def"
#include "diag/codes_parse.def"
#include "diag/codes_sema.def"
#include "diag/codes_driver.def"
#undef DIAG
};
}  // namespace

const CodeInfo& info(Code c) { return kTable[static_cast<std::size_t>(c)]; }

const CodeInfo* find(std::string_view code) {
  for (const auto& e : kTable)
    if (e.code == code) return &e;
  return nullptr;
}

}  // namespace mojoc::diag
