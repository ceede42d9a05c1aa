// Literals keep their compile-time literal types until used.
//
//   42        ⟶ IntConst(42) : IntLiteral
//   0.1       ⟶ FloatConst(0.1L) : FloatLiteral   (long double: folds like Mojo's exact literals)
//   "abc"     ⟶ StringConst("abc") : StringLiteral
//   True      ⟶ BoolConst(true) : Bool
#include <cstdlib>

#include "sema/checker.hpp"

namespace mojoc::sema {

tir::ExprPtr Checker::check_int_literal(const ast::IntLitExpr& e) {
  if (e.overflow || e.value > static_cast<unsigned __int128>(~static_cast<unsigned __int128>(0) >> 1)) {
    error(diag::Code::LiteralOverflow, e.span, "integer literal is too large");
    return invalid(e.span);
  }
  return std::make_shared<tir::IntConst>(types::int_literal(), e.span, static_cast<__int128>(e.value));
}

tir::ExprPtr Checker::check_float_literal(const ast::FloatLitExpr& e) {
  long double v = e.value;
  if (!e.text.empty()) {
    std::string t;
    for (char ch : e.text)
      if (ch != '_') t += ch;
    char* end = nullptr;
    long double p = std::strtold(t.c_str(), &end);
    if (end && *end == '\0') v = p;
  }
  return std::make_shared<tir::FloatConst>(types::float_literal(), e.span, v);
}

tir::ExprPtr Checker::check_string_literal(const ast::StringLitExpr& e) {
  if (e.is_template) {
    unsupported(e.span, "template string (t\"...\")");
    return invalid(e.span);
  }
  return std::make_shared<tir::StringConst>(types::string_literal(), e.span, e.value);
}

}  // namespace mojoc::sema
