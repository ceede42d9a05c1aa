// Operators on structs: Mojo's dunder methods.
//
//   a + b    ⟶ Call(A.__add__, [a, b])      if A.__add__ accepts a b
//            ⟶ Call(B.__radd__, [b, a])     otherwise (the reflected form; `5 + a` too)
//   -a / ~a  ⟶ Call(A.__neg__ / __invert__, [a])
//   a == b   ⟶ Call(A.__eq__, [a, b]);  a != b ⟶ A.__ne__, else not A.__eq__
//   a < b    ⟶ Call(A.__lt__, [a, b]),  else Call(B.__gt__, [b, a])
//   x in c   ⟶ Call(C.__contains__, [c, x])
//   c[i, j]  ⟶ Call(C.__getitem__, [c, i, j])
//   f(x)     ⟶ Call(F.__call__, [f, x])   (f a struct value)
// In-place forms (`a += b` ⟶ __iadd__) are in check_assign.cpp, with no fallback.
#include "sema/checker.hpp"

namespace mojoc::sema {

const char* dunder_stem(ast::BinOp op) {
  switch (op) {
    case ast::BinOp::Add: return "add";
    case ast::BinOp::Sub: return "sub";
    case ast::BinOp::Mul: return "mul";
    case ast::BinOp::TrueDiv: return "truediv";
    case ast::BinOp::FloorDiv: return "floordiv";
    case ast::BinOp::Mod: return "mod";
    case ast::BinOp::Pow: return "pow";
    case ast::BinOp::MatMul: return "matmul";
    case ast::BinOp::BitAnd: return "and";
    case ast::BinOp::BitOr: return "or";
    case ast::BinOp::BitXor: return "xor";
    case ast::BinOp::Shl: return "lshift";
    case ast::BinOp::Shr: return "rshift";
    default: return "";
  }
}

namespace {
bool is_user_type(Type t) { return t->kind == TypeKind::Struct || t->kind == TypeKind::TypeParam; }
}  // namespace

// Does some overload of `name` on `self_type` take `arg` as its one argument?
bool Checker::accepts(Type self_type, const std::string& name, const tir::Expr& arg) const {
  const std::vector<tir::Function*>* set = find_methods(self_type, name);
  std::vector<tir::Function*> from_bound;
  if (!set && self_type->kind == TypeKind::TypeParam) {
    for (auto* b : self_type->bounds)
      if (auto* f = trait_method(b, name)) from_bound.push_back(const_cast<tir::Function*>(f));
    set = &from_bound;
  }
  if (!set) return false;
  for (auto* f : *set) {
    if (f->params.size() != 2) continue;
    Type want = f->params[1]->type;
    if (want->kind == TypeKind::TypeParam && self_type->kind == TypeKind::TypeParam) want = self_type;
    if (conversion_cost(arg, want) >= 0) return true;
  }
  return false;
}

tir::ExprPtr Checker::struct_binary(ast::BinOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  std::string stem = dunder_stem(op);
  if (is_user_type(a->type) && accepts(a->type, "__" + stem + "__", *b))
    return call_dunder(a, "__" + stem + "__", {b}, span);
  if (is_user_type(b->type) && accepts(b->type, "__r" + stem + "__", *a))
    return call_dunder(b, "__r" + stem + "__", {a}, span);
  // Neither form applies: report with what was looked for.
  auto& d = error(diag::Code::InvalidOperands, op_span.valid() ? op_span : span,
                  std::string("invalid operand types for '") + ast::spelling(op) + "': '" +
                      types::display(types::materialize(a->type)) + "' and '" +
                      types::display(types::materialize(b->type)) + "'");
  if (is_user_type(a->type))
    d.with_help("define '__" + stem + "__(self, rhs: " + types::display(types::materialize(b->type)) + ")' on '" +
                types::display(a->type) + "'");
  else
    d.with_help("define '__r" + stem + "__(self, lhs: " + types::display(types::materialize(a->type)) + ")' on '" +
                types::display(b->type) + "'");
  return invalid(span);
}

tir::ExprPtr Checker::struct_unary(ast::UnaryOp op, tir::ExprPtr x, Span span) {
  const char* name = op == ast::UnaryOp::Neg ? "__neg__" : op == ast::UnaryOp::Pos ? "__pos__" : "__invert__";
  if (auto call = call_dunder(x, name, {}, span)) return call;
  error(diag::Code::InvalidUnaryOperand, span,
        std::string("invalid operand type for unary '") + ast::spelling(op) + "': '" + types::display(x->type) +
            "' does not implement '" + name + "'");
  return invalid(span);
}

tir::ExprPtr Checker::struct_compare(ast::CmpOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  auto not_of = [&](tir::ExprPtr x) -> tir::ExprPtr {
    if (x->type->kind == TypeKind::Invalid) return x;
    if (x->type != types::bool_()) x = explicit_convert(x, types::bool_(), span);
    return std::make_shared<tir::Op>(tir::OpKind::Not, types::bool_(), span, std::vector<tir::ExprPtr>{x});
  };
  auto try_call = [&](tir::ExprPtr self, const char* name, tir::ExprPtr arg) -> tir::ExprPtr {
    if (!is_user_type(self->type) || !accepts(self->type, name, *arg)) return nullptr;
    return call_dunder(self, name, {arg}, span);
  };
  tir::ExprPtr r;
  switch (op) {
    case ast::CmpOp::Eq:
      r = try_call(a, "__eq__", b);
      if (!r) r = try_call(b, "__eq__", a);
      break;
    case ast::CmpOp::Ne:
      r = try_call(a, "__ne__", b);
      if (!r) r = try_call(b, "__ne__", a);
      if (!r) {
        if (auto eq = try_call(a, "__eq__", b)) r = not_of(eq);
      }
      break;
    case ast::CmpOp::Lt: r = try_call(a, "__lt__", b); if (!r) r = try_call(b, "__gt__", a); break;
    case ast::CmpOp::Le: r = try_call(a, "__le__", b); if (!r) r = try_call(b, "__ge__", a); break;
    case ast::CmpOp::Gt: r = try_call(a, "__gt__", b); if (!r) r = try_call(b, "__lt__", a); break;
    case ast::CmpOp::Ge: r = try_call(a, "__ge__", b); if (!r) r = try_call(b, "__le__", a); break;
    case ast::CmpOp::In:
    case ast::CmpOp::NotIn:
      r = try_call(b, "__contains__", a);
      if (r && op == ast::CmpOp::NotIn) r = not_of(r);
      break;
    default:
      break;
  }
  if (r) {
    if (r->type->kind != TypeKind::Invalid && r->type != types::bool_()) r = explicit_convert(r, types::bool_(), span);
    return r;
  }
  error(diag::Code::InvalidOperands, op_span.valid() ? op_span : span,
        std::string("invalid operand types for '") + ast::spelling(op) + "': '" +
            types::display(types::materialize(a->type)) + "' and '" + types::display(types::materialize(b->type)) + "'");
  return invalid(span);
}

tir::ExprPtr Checker::check_subscript(const ast::SubscriptExpr& e) {
  auto obj = check_expr(*e.object);
  if (obj->type->kind == TypeKind::Invalid) return obj;
  if (obj->type->kind == TypeKind::Pointer) return pointer_index(obj, e);
  if (!is_user_type(obj->type)) {
    unsupported(e.span, "subscript / parameter binding");
    return invalid(e.span);
  }
  std::vector<tir::ExprPtr> args;
  for (auto& i : e.indices) {
    if (!i.keyword.empty() || i.value->kind == ast::ExprKind::Slice) {
      unsupported(i.span, "this index");
      return invalid(e.span);
    }
    auto v = check_expr(*i.value);
    if (v->type->kind == TypeKind::Invalid) return v;
    args.push_back(v);
  }
  if (auto call = call_dunder(obj, "__getitem__", std::move(args), e.span)) return call;
  error(diag::Code::InvalidOperands, e.span, "'" + types::display(obj->type) + "' is not subscriptable: it has no '__getitem__'");
  return invalid(e.span);
}

}  // namespace mojoc::sema
