// Operators on SIMD vectors, lane access.
//
//   a + b, a * 2, x * v   ⟶ Op(Add|Mul, a, b) : SIMD[dt, w]    (a scalar or literal side splats)
//   a // b, a % b          ⟶ Op(FloorDiv|Mod) (emit: mojo::floordiv / mojo::mod, lane-wise, /0 → 0)
//   v ** 2                 ⟶ Op(Pow, v, Int 2)     (Mojo's SIMD.__pow__ takes an Int exponent)
//   -v, ~v                 ⟶ Op(Neg|Invert, v)
//   a == b, a != b         ⟶ Op(Eq|Ne, a, b) : Bool  (all lanes equal / any lane differs)
//   a < b                  ⟶ error for widths > 1, as in Mojo ("did you mean SIMD.lt(...)")
//   v[i]                   ⟶ Intrinsic .get(v, i) : the lane type
//   v[i] = x               ⟶ Intrinsic .set(v, i, x)   (a statement)
#include "sema/checker.hpp"

namespace mojoc::sema {


tir::ExprPtr Checker::simd_binary(ast::BinOp aop, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  Span where = op_span.valid() ? op_span : span;
  Type t = types::is_simd(a->type) ? a->type : b->type;
  if ((types::is_simd(a->type) && a->type->symbolic) || (types::is_simd(b->type) && b->type->symbolic))
    return symbolic_value(t, span);
  auto bad = [&](const std::string& why) {
    auto& d = error(diag::Code::InvalidOperands, where,
                    std::string("invalid operand types for '") + ast::spelling(aop) + "': '" + types::display(a->type) + "' and '" +
                        types::display(b->type) + "'");
    if (!why.empty()) d.with_help(why);
    return invalid(span);
  };
  if (types::is_simd(a->type) && types::is_simd(b->type) && a->type != b->type)
    return bad(a->type->width != b->type->width ? "the widths differ" : "cast one side first: v.cast[DType.x]()");
  Type lane = t->elem;
  // v ** n: an Int exponent
  if (aop == ast::BinOp::Pow && !types::is_simd(b->type) && !(types::is_float(lane) && conversion_cost(*b, t) >= 0 &&
                                                              b->type->kind != TypeKind::IntLiteral && !types::is_integer(b->type))) {
    if (conversion_cost(*b, types::int_()) < 0) return bad("the exponent is an Int or a vector of the same type");
    return std::make_shared<tir::Op>(tir::OpKind::Pow, t, span, std::vector<tir::ExprPtr>{a, coerce(b, types::int_())});
  }
  // the scalar (or literal) side splats
  if (!types::is_simd(a->type)) {
    if (conversion_cost(*a, t) < 0) return bad("");
    a = coerce(a, t);
  }
  if (!types::is_simd(b->type)) {
    if (conversion_cost(*b, t) < 0) return bad("");
    b = coerce(b, t);
  }
  if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(span);
  bool is_int = types::is_integer(lane), is_bool = lane == types::bool_();
  switch (aop) {
    case ast::BinOp::BitAnd: case ast::BinOp::BitOr: case ast::BinOp::BitXor:
      if (!is_int && !is_bool) return bad("bitwise operators need integer or bool lanes");
      break;
    case ast::BinOp::Shl: case ast::BinOp::Shr:
      if (!is_int) return bad("shifts need integer lanes");
      break;
    default:
      if (is_bool) return bad("arithmetic needs numeric lanes");
      break;
  }
  return std::make_shared<tir::Op>(binop_kind(aop), t, span, std::vector<tir::ExprPtr>{a, b});
}

tir::ExprPtr Checker::simd_unary(ast::UnaryOp op, tir::ExprPtr x, Span span) {
  Type t = x->type;
  if (t->symbolic) return symbolic_value(t, span);
  if (op == ast::UnaryOp::Pos && t->elem != types::bool_()) return x;
  if (op == ast::UnaryOp::Neg && t->elem != types::bool_())
    return std::make_shared<tir::Op>(tir::OpKind::Neg, t, span, std::vector<tir::ExprPtr>{x});
  if (op == ast::UnaryOp::Invert && (types::is_integer(t->elem) || t->elem == types::bool_()))
    return std::make_shared<tir::Op>(tir::OpKind::Invert, t, span, std::vector<tir::ExprPtr>{x});
  error(diag::Code::InvalidUnaryOperand, span, "invalid operand type for unary operator: '" + types::display(t) + "'");
  return invalid(span);
}

tir::ExprPtr Checker::simd_compare(tir::OpKind op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  Span where = op_span.valid() ? op_span : span;
  Type t = types::is_simd(a->type) ? a->type : b->type;
  if ((types::is_simd(a->type) && a->type->symbolic) || (types::is_simd(b->type) && b->type->symbolic))
    return symbolic_value(types::bool_(), span);
  if (op != tir::OpKind::Eq && op != tir::OpKind::Ne) {
    error(diag::Code::ConstraintFailed, where,
          "constraint failed: Strict inequality is only defined for `Scalar`s; did you mean to use `SIMD." +
              std::string(op == tir::OpKind::Lt ? "lt" : op == tir::OpKind::Le ? "le" : op == tir::OpKind::Gt ? "gt" : "ge") +
              "(...)`?")
        .with_help("compare lane by lane with v.lt(w), v.le(w), v.gt(w) or v.ge(w): they return a mask");
    return invalid(span);
  }
  if (!types::is_simd(a->type)) {
    if (conversion_cost(*a, t) < 0) a = invalid(span);
    else a = coerce(a, t);
  }
  if (!types::is_simd(b->type)) {
    if (conversion_cost(*b, t) < 0) b = invalid(span);
    else b = coerce(b, t);
  }
  if (a->type != b->type) {
    error(diag::Code::InvalidOperands, where,
          "invalid operand types for '" + std::string(op == tir::OpKind::Eq ? "==" : "!=") + "': '" +
              types::display(a->type) + "' and '" + types::display(b->type) + "'");
    return invalid(span);
  }
  return std::make_shared<tir::Op>(op, types::bool_(), span, std::vector<tir::ExprPtr>{a, b});
}

// v[i]: a lane, by value
tir::ExprPtr Checker::simd_index(tir::ExprPtr v, const ast::SubscriptExpr& e) {
  if (e.indices.size() != 1 || !e.indices[0].keyword.empty()) {
    error(diag::Code::InvalidOperands, e.span, "a SIMD value takes one index: 'v[i]'");
    return invalid(e.span);
  }
  auto i = coerce(materialize(check_expr(*e.indices[0].value)), types::int_(), "as a lane index");
  if (i->type->kind == TypeKind::Invalid) return i;
  if (v->type->symbolic) return symbolic_value(types::simd_symbolic(v->type->elem, v->type->dtype_param ? v->type->dtype_param : "?", 1, ""), e.span);
  return intrinsic(".get", v->type->elem, e.span, {v, i});
}

tir::ExprPtr Checker::simd_lane_store(tir::ExprPtr v, tir::ExprPtr index, tir::ExprPtr value, Span span) {
  if (v->type->symbolic) return symbolic_value(types::none(), span);
  index = coerce(materialize(index), types::int_(), "as a lane index");
  value = coerce(value, v->type->elem, "as a SIMD lane");
  if (index->type->kind == TypeKind::Invalid || value->type->kind == TypeKind::Invalid) return invalid(span);
  return intrinsic(".set", types::none(), span, {v, index, value});
}

}  // namespace mojoc::sema
