// Assignments.
//
//   x = v        ⟶ Assign(LocalRef x, coerce(v, typeof x))
//   x = v (new)  ⟶ VarDecl(x, v)     (a `def` may introduce a variable by assigning it)
//   a = b = v    ⟶ Assign(a, v); Assign(b, LocalRef a)
//   x += v       ⟶ Assign(x, Op(Add, x, v))
#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// Resolves an assignment target to a mutable local; reports otherwise.
tir::Local* target_local(Checker& c, const ast::Expr& t) {
  if (t.kind != ast::ExprKind::Name) {
    if (t.kind == ast::ExprKind::Tuple) c.unsupported(t.span, "tuple assignment");
    else if (t.kind == ast::ExprKind::Attribute) c.unsupported(t.span, "assignment to an attribute");
    else if (t.kind == ast::ExprKind::Subscript) c.unsupported(t.span, "assignment to an element");
    else c.error(diag::Code::NotAssignable, t.span, "cannot assign to this expression");
    return nullptr;
  }
  const auto& name = t.as<ast::NameExpr>().name;
  const Symbol* s = c.lookup(name);
  if (!s) return nullptr;
  if (s->kind == Symbol::Kind::Constant) {
    c.error(diag::Code::AssignToConstant, t.span, "cannot assign to compile-time constant '" + name + "'");
    return nullptr;
  }
  if (s->kind != Symbol::Kind::Local) {
    c.error(diag::Code::NotAssignable, t.span, "cannot assign to '" + name + "'");
    return nullptr;
  }
  if (!s->local->is_mutable) {
    c.error(diag::Code::ImmutableAssign, t.span, "expression must be mutable in assignment")
        .note(s->local->span, "'" + name + "' is a read-only argument");
    return nullptr;
  }
  return s->local;
}
}  // namespace

void Checker::check_assign(const ast::AssignStmt& s, tir::Block& out) {
  auto value = check_expr(*s.value);
  tir::Local* first = nullptr;
  for (auto& t : s.targets) {
    if (t->kind == ast::ExprKind::Name && !lookup(t->as<ast::NameExpr>().name)) {
      // implicit declaration (def-style)
      auto v = materialize(value);
      if (v->type->kind == TypeKind::NoneType) {
        error(diag::Code::TypeMismatch, s.value->span, "cannot store a 'None' result in a variable");
        return;
      }
      tir::Local* l = new_local(t->as<ast::NameExpr>().name, v->type, t->span);
      out.push_back(std::make_unique<tir::VarDecl>(s.span, l, first ? std::make_shared<tir::LocalRef>(first, s.span) : v));
      if (!first) first = l;
      continue;
    }
    tir::Local* l = target_local(*this, *t);
    if (!l) continue;
    mark_initialized(l);
    tir::ExprPtr v = first ? std::make_shared<tir::LocalRef>(first, s.span) : value;
    v = coerce(v, l->type);
    out.push_back(std::make_unique<tir::Assign>(s.span, std::make_shared<tir::LocalRef>(l, t->span), v));
    if (!first) first = l;
  }
}

void Checker::check_aug_assign(const ast::AugAssignStmt& s, tir::Block& out) {
  tir::Local* l = nullptr;
  if (s.target->kind == ast::ExprKind::Name && !lookup(s.target->as<ast::NameExpr>().name)) {
    check_name(s.target->as<ast::NameExpr>());  // reports the unknown name
    return;
  }
  l = target_local(*this, *s.target);
  if (!l) return;
  auto cur = std::make_shared<tir::LocalRef>(l, s.target->span);
  auto rhs = check_expr(*s.value);
  auto v = binary_op(s.op, cur, rhs, s.span, s.span);
  if (v->type->kind == TypeKind::Invalid) return;
  v = coerce(v, l->type);
  out.push_back(std::make_unique<tir::Assign>(s.span, std::make_shared<tir::LocalRef>(l, s.target->span), v));
}

}  // namespace mojoc::sema
