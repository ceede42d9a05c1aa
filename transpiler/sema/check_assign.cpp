// Assignments.
//
//   x = v        ⟶ Assign(LocalRef x, coerce(v, typeof x))
//   x = v (new)  ⟶ VarDecl(x, v)     (legacy `def`: assigning introduces a variable;
//                                      26.2+ requires `var`: E0311)
//   a = b = v    ⟶ Assign(a, v); Assign(b, LocalRef a)
//   _ = v        ⟶ ExprStmt(v) if v has effects, else nothing
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
    if (t->kind == ast::ExprKind::Name && t->as<ast::NameExpr>().name == "_") {
      // `_ = f()` discards the value; it is still evaluated (once, and only
      // here if no other target takes it)
      if (s.targets.size() == 1 && value->type->kind != TypeKind::Invalid && tir::has_effects(*value))
        out.push_back(std::make_unique<tir::ExprStmt>(s.span, value));
      continue;
    }
    if (t->kind == ast::ExprKind::Name && lookup(t->as<ast::NameExpr>().name) &&
        lookup(t->as<ast::NameExpr>().name)->kind == Symbol::Kind::Poisoned)
      continue;  // already reported
    if (t->kind == ast::ExprKind::Name && !lookup(t->as<ast::NameExpr>().name)) {
      const std::string& name = t->as<ast::NameExpr>().name;
      if (!mod->edition.legacy) {
        // Mojo 26.2+ requires `var` for every new name.
        error(diag::Code::ImplicitDeclaration, t->span,
              "implicit declaration of '" + name + "' is not allowed; add 'var' to declare a new name")
            .with_help("write 'var " + name + " = ...' the first time the name is assigned");
        Scope* top = scope;  // later uses anywhere in the function stay silent
        while (top->parent()) top = top->parent();
        poison(*top, name);
        continue;
      }
      auto v = materialize(value);
      if (v->type->kind == TypeKind::NoneType) {
        error(diag::Code::TypeMismatch, s.value->span, "cannot store a 'None' result in a variable");
        return;
      }
      tir::ExprPtr init = first ? std::make_shared<tir::LocalRef>(first, s.span) : v;
      if (scope->parent() == nullptr) {  // function scope: an ordinary declaration
        tir::Local* l = new_local(name, v->type, t->span);
        out.push_back(std::make_unique<tir::VarDecl>(s.span, l, init));
        if (!first) first = l;
        continue;
      }
      tir::Local* l = hoist_implicit(name, v->type, t->span);
      out.push_back(std::make_unique<tir::Assign>(s.span, std::make_shared<tir::LocalRef>(l, t->span), init));
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

// A legacy `def` variable declared by assignment inside a block has function
// scope (it is visible after the block, as in Python):
//   if c:            ⟶ VarDecl(y)            at the top of the function body
//       y = 5        ⟶ Assign(y, 5)          here
// Until every path assigns it, a use is E0307 (uninitialized), as in Mojo 0.25.
tir::Local* Checker::hoist_implicit(const std::string& name, Type t, Span span) {
  Scope* inner = scope;
  while (scope->parent()) scope = scope->parent();
  tir::Local* l = new_local(name, t, span);
  scope = inner;
  fn->body.insert(fn->body.begin(), std::make_unique<tir::VarDecl>(span, l, nullptr));
  hoisted.push_back(l);
  return l;
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
