// Variable declarations.
//
//   var x: T = v   ⟶ VarDecl(x:T, coerce(v, T))
//   var x = v      ⟶ VarDecl(x:typeof(v), v)        (literal types materialize: 5 → Int)
//   var x: T       ⟶ VarDecl(x:T, null)             (assigned later)
//   let x = v      ⟶ same as var (the parser normalizes let → var)
//   x: T = v       ⟶ same as var
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_var(const ast::VarStmt& s, tir::Block& out) {
  if (s.form == ast::VarStmt::Form::Ref) {
    // ref r = place: r names the place itself (a C++ reference), it owns nothing
    if (s.target->kind != ast::ExprKind::Name || !s.value || s.type) {
      unsupported(s.span, "this 'ref' binding");
      poison_target(*s.target);
      return;
    }
    auto place = check_expr(*s.value);
    if (place->type->kind == TypeKind::Invalid) {
      poison_target(*s.target);
      return;
    }
    if (!is_lvalue(*place)) {
      error(diag::Code::ImmutableAssign, expr_loc(*s.value), "a 'ref' binding needs a variable, a field or an element to refer to");
      poison_target(*s.target);
      return;
    }
    tir::Local* l = new_local(s.target->as<ast::NameExpr>().name, place->type, s.target->span);
    l->is_ref = true;
    l->ref_root = root_local(*place);
    l->is_mutable = is_mutable_place(*place);
    out.push_back(std::make_unique<tir::VarDecl>(s.span, l, place));
    return;
  }
  if (s.target->kind == ast::ExprKind::Tuple) return check_var_destructure(s, out);  // check_tuples.cpp
  if (s.target->kind != ast::ExprKind::Name) {
    unsupported(s.target->span, "destructuring 'var'");
    poison_target(*s.target);
    return;
  }
  const auto& name = s.target->as<ast::NameExpr>().name;
  Type declared = s.type ? storage_type(*s.type) : nullptr;
  tir::ExprPtr init;
  if (s.value) {
    init = check_expr(*s.value);
    if (declared) init = coerce(init, declared);
    else init = materialize(init);
    init = take(init, expr_loc(*s.value));
    if (init->type->kind == TypeKind::NoneType) {
      error(diag::Code::TypeMismatch, s.value->span, "cannot store a 'None' result in a variable");
      init = invalid(s.value->span);
    }
  } else if (!declared) {
    error(diag::Code::UnknownType, s.span, "variable '" + name + "' needs a type or an initial value");
    declared = types::invalid();
  }
  Type t = declared ? declared : init->type;
  if (const Symbol* prev = scope->lookup_local(name); prev && (prev->kind == Symbol::Kind::Local || prev->kind == Symbol::Kind::Constant)) {
    error(diag::Code::Redefinition, s.target->span, "invalid redefinition of '" + name + "'")
        .note(prev->span, "previous definition here");
  }
  tir::Local* l = new_local(name, t, s.target->span);
  if (!init) uninit.insert(l);
  out.push_back(std::make_unique<tir::VarDecl>(s.span, l, init));
}

}  // namespace mojoc::sema
