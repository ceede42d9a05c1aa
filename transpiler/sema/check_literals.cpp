// Literals keep their compile-time literal types until used.
//
//   42        ⟶ IntConst(42) : IntLiteral
//   0.1       ⟶ FloatConst(0.1L) : FloatLiteral   (long double: folds like Mojo's exact literals)
//   "abc"     ⟶ StringConst("abc") : StringLiteral
//   True      ⟶ BoolConst(true) : Bool
#include <cstdlib>

#include <cctype>

#include "sema/checker.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

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
  if (e.is_template) return check_template_string(e);
  return std::make_shared<tir::StringConst>(types::string_literal(), e.span, e.value);
}

namespace {
bool is_identifier(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (unsigned char c : s)
    if (!std::isalnum(c) && c != '_' && c < 0x80) return false;
  return true;
}
}  // namespace

// `{n + 1}` in a t-string: the text, parsed as an expression of its own
// (a one-line module `_ = (n + 1)` in a source of its own, so its spans point
// into that text).
const ast::Expr* Checker::template_field(const ast::NameExpr& raw) {
  std::string text = "_ = (" + raw.name + ")\n";
  std::uint32_t id = sources.add(sources.get(raw.span.file).path, text);
  auto tokens = lex(sources.get(id), id, diags);
  auto m = parse(tokens, id, diags);
  if (!m || m->body.size() != 1 || !m->body[0] || m->body[0]->kind != ast::StmtKind::Assign) {
    error(diag::Code::InvalidSyntax, raw.span, "invalid expression in a template string field");
    return nullptr;
  }
  synthetic_ast.push_back(m->body[0]);
  return m->body[0]->as<ast::AssignStmt>().value.get();
}

// t"x={x}, y={y}"  ⟶ Concat(Concat(Concat("x=", String(x)), ", y="), String(y)) : String
// (Mojo 1.2's TString is a Writable view; mojoc builds the String it writes.)
tir::ExprPtr Checker::check_template_string(const ast::StringLitExpr& e) {
  auto text = [&](const std::string& s) -> tir::ExprPtr {
    return coerce(std::make_shared<tir::StringConst>(types::string_literal(), e.span, s), types::string());
  };
  tir::ExprPtr acc;
  auto append = [&](tir::ExprPtr part) {
    acc = acc ? std::make_shared<tir::Op>(tir::OpKind::Concat, types::string(), e.span, std::vector<tir::ExprPtr>{acc, part})
              : part;
  };
  for (std::size_t i = 0; i < e.literal_parts.size() || i < e.fields.size(); ++i) {
    if (i < e.literal_parts.size() && !e.literal_parts[i].empty()) append(text(e.literal_parts[i]));
    if (i < e.fields.size()) {
      const ast::Expr* field = e.fields[i].get();
      if (!field) continue;
      // the parser keeps a field that is not a plain name as its text: parse it here
      if (field->kind == ast::ExprKind::Name && !is_identifier(field->as<ast::NameExpr>().name)) {
        field = template_field(field->as<ast::NameExpr>());
        if (!field) return invalid(e.span);
      }
      auto v = materialize(check_expr(*field));
      if (v->type->kind == TypeKind::Invalid) return v;
      tir::ExprPtr s = types::is_struct(v->type) || v->type->kind == TypeKind::TypeParam
                           ? struct_text(borrow(v), e.fields[i]->span, false)
                           : explicit_convert(v, types::string(), e.fields[i]->span);
      if (s->type->kind == TypeKind::Invalid) return s;
      append(s);
    }
  }
  return acc ? acc : text("");
}

}  // namespace mojoc::sema
