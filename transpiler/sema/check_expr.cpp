// Expression dispatch.  Each kind is checked in its own file; anything the
// core language does not cover yet gets one clean E0901 at its span.
#include "sema/checker.hpp"

namespace mojoc::sema {

tir::ExprPtr Checker::check_expr(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Name: return check_name(e.as<ast::NameExpr>());
    case ast::ExprKind::IntLit: return check_int_literal(e.as<ast::IntLitExpr>());
    case ast::ExprKind::FloatLit: return check_float_literal(e.as<ast::FloatLitExpr>());
    case ast::ExprKind::StringLit: return check_string_literal(e.as<ast::StringLitExpr>());
    case ast::ExprKind::BoolLit: return std::make_shared<tir::BoolConst>(e.span, e.as<ast::BoolLitExpr>().value);
    case ast::ExprKind::Unary: return check_unary(e.as<ast::UnaryExpr>());
    case ast::ExprKind::Binary: return check_binary(e.as<ast::BinaryExpr>());
    case ast::ExprKind::Compare: return check_compare(e.as<ast::CompareExpr>());
    case ast::ExprKind::Conditional: return check_conditional(e.as<ast::ConditionalExpr>());
    case ast::ExprKind::Call: return check_call(e.as<ast::CallExpr>());
    case ast::ExprKind::Attribute: return check_attribute_value(e.as<ast::AttributeExpr>());
    case ast::ExprKind::Transfer: return check_transfer(e.as<ast::TransferExpr>());
    case ast::ExprKind::Subscript: return check_subscript(e.as<ast::SubscriptExpr>());
    case ast::ExprKind::Lambda: return check_lambda(e.as<ast::LambdaExpr>());  // check_closures.cpp
    case ast::ExprKind::NoneLit:
      return std::make_shared<tir::Op>(tir::OpKind::NoneValue, types::none(), e.span, std::vector<tir::ExprPtr>{});
    case ast::ExprKind::ListLit: return check_list_literal(e.as<ast::ListLitExpr>(), nullptr);
    case ast::ExprKind::SetLit: return check_set_literal(e.as<ast::SetLitExpr>(), nullptr);
    case ast::ExprKind::DictLit: return check_dict_literal(e.as<ast::DictLitExpr>(), nullptr);
    case ast::ExprKind::Comprehension: return check_comprehension(e.as<ast::ComprehensionExpr>(), nullptr);
    case ast::ExprKind::Tuple:
      if (e.as<ast::TupleExpr>().parenthesized && e.as<ast::TupleExpr>().elements.size() == 1)
        return check_expr(*e.as<ast::TupleExpr>().elements[0]);
      if (!e.as<ast::TupleExpr>().elements.empty()) return check_tuple_literal(e.as<ast::TupleExpr>(), nullptr);
      break;
    default:
      break;
  }
  const char* what = "this expression";
  switch (e.kind) {
    case ast::ExprKind::NoneLit: what = "'None' value"; break;
    case ast::ExprKind::Ellipsis: what = "'...'"; break;
    case ast::ExprKind::Subscript: what = "subscript / parameter binding"; break;
    case ast::ExprKind::Slice: what = "slice"; break;
    case ast::ExprKind::Tuple: what = "tuple"; break;
    case ast::ExprKind::ListLit: what = "list literal"; break;
    case ast::ExprKind::SetLit: what = "set literal"; break;
    case ast::ExprKind::DictLit: what = "dict literal"; break;
    case ast::ExprKind::Comprehension: what = "comprehension"; break;
    case ast::ExprKind::Lambda: what = "lambda"; break;
    case ast::ExprKind::Walrus: what = "assignment expression (:=)"; break;
    case ast::ExprKind::Transfer: what = "transfer (^)"; break;
    case ast::ExprKind::Starred: what = "starred expression"; break;
    case ast::ExprKind::FnType: what = "function type"; break;
    case ast::ExprKind::RefType: what = "ref type"; break;
    default: break;
  }
  Span at = e.span;
  if (e.kind == ast::ExprKind::ListLit && !e.as<ast::ListLitExpr>().elements.empty())
    at = find_before(e.as<ast::ListLitExpr>().elements[0]->span, "[");
  unsupported(at, what);
  // `(n := 5)` still names n: later uses of it stay silent
  if (e.kind == ast::ExprKind::Walrus && scope) poison(*scope, e.as<ast::WalrusExpr>().name);
  return invalid(e.span);
}

tir::ExprPtr Checker::check_value(const ast::Expr& e) { return materialize(check_expr(e)); }

// Conditions are Bool; other scalars convert through their __bool__.
tir::ExprPtr Checker::check_condition(const ast::Expr& e) {
  tir::ExprPtr c = check_expr(e);
  if (c->type->kind == TypeKind::Invalid || c->type == types::bool_()) return c;
  if (c->type->kind == TypeKind::IntLiteral || c->type->kind == TypeKind::FloatLiteral)
    return explicit_convert(c, types::bool_(), e.span);
  if (types::is_numeric(c->type)) {
    auto cv = std::make_shared<tir::Convert>(tir::ConvertKind::Numeric, types::bool_(), e.span, c);
    return cv;
  }
  if (types::is_stringlike(c->type)) return string_truth(c, e.span);
  if (types::is_struct(c->type) || c->type->kind == TypeKind::TypeParam) {
    if (auto b = call_dunder(c, "__bool__", {}, e.span)) return b;
    if (auto b = call_dunder(c, "__as_bool__", {}, e.span)) return b;
    error(c->type->kind == TypeKind::TypeParam ? diag::Code::NotInTraitBound : diag::Code::InvalidOperands, e.span,
          "'" + types::display(c->type) + "' does not implement the '__bool__' method")
        .with_help("define 'def __bool__(self) -> Bool' to use it as a condition");
    return invalid(e.span);
  }
  error(diag::Code::TypeMismatch, e.span,
        "cannot implicitly convert '" + types::display(c->type) + "' value to 'Bool'");
  return invalid(e.span);
}

}  // namespace mojoc::sema
