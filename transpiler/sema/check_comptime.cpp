// Compile-time constants (`comptime` / `alias`, module-level or local).
//
//   comptime N = 10            ⟶ Global N : Int,   value IntConst(10)   (emit: constexpr)
//   comptime X: Float64 = 1    ⟶ Global X : Float64, value FloatConst(1.0)
//   comptime M = N * 2         ⟶ Global M, value folded to IntConst(20)
// References to N are replaced by N's value tagged with origin=N, so literal
// arithmetic keeps folding the way Mojo's does (N / 4 is a FloatLiteral).
#include "sema/checker.hpp"

namespace mojoc::sema {

tir::Global* Checker::check_comptime(const ast::ComptimeStmt& s, tir::Module* owner) {
  if (!s.params.empty()) {
    unsupported(s.span, "parametric comptime declaration");
    return nullptr;
  }
  if (!s.value) {
    unsupported(s.span, "comptime declaration without a value");
    return nullptr;
  }
  // `comptime Float = Float64` / `comptime IntBox = Box[Int]`: a name for a type
  if (const ast::Expr* tv = s.value.get(); !s.type && (tv->kind == ast::ExprKind::Name || tv->kind == ast::ExprKind::Subscript)) {
    const ast::Expr& head = tv->kind == ast::ExprKind::Name ? *tv : *tv->as<ast::SubscriptExpr>().object;
    const std::string* hn = head.kind == ast::ExprKind::Name ? &head.as<ast::NameExpr>().name : nullptr;
    const Symbol* hs = hn ? lookup(*hn) : nullptr;
    bool names_type = hn && ((hs && (hs->kind == Symbol::Kind::Struct || hs->kind == Symbol::Kind::TypeName ||
                                      hs->kind == Symbol::Kind::TypeParam)) ||
                             (!hs && types::by_name(*hn) && tv->kind == ast::ExprKind::Name) ||
                             (tv->kind == ast::ExprKind::Subscript && (is_simd_name(*hn) || is_pointer_name(*hn))));
    if (names_type) {
      Type t = resolve_type(*tv);
      if (t->kind == TypeKind::Invalid) return nullptr;
      Symbol sym;
      sym.kind = t->kind == TypeKind::TypeParam ? Symbol::Kind::TypeParam : Symbol::Kind::TypeName;
      sym.type = t;
      sym.span = s.name_span.valid() ? s.name_span : s.span;
      (owner ? mod->scope : *scope).define(s.name, sym);
      return nullptr;
    }
  }
  auto v = check_expr(*s.value);
  if (v->type->kind == TypeKind::Invalid) return nullptr;
  if (s.type) {
    Type t = resolve_type(*s.type);
    if (t->kind == TypeKind::Invalid) return nullptr;
    v = types::is_literal(v->type) ? coerce(v, t) : (v->type == t ? v : coerce(v, t));
  }
  if (is_symbolic(*v)) {
    // inside generic code, a value computed from the parameters: known per instance
    Symbol sym;
    sym.kind = Symbol::Kind::ValueParam;
    sym.type = types::materialize(v->type);
    sym.span = s.name_span.valid() ? s.name_span : s.span;
    (owner ? mod->scope : *scope).define(s.name, sym);
    return nullptr;
  }
  std::string why;
  Span where = s.value->span;
  tir::ExprPtr folded = comptime_fold(v, &why, &where);
  if (!folded) {
    error(diag::Code::NotComptime, where,
          std::string("cannot use a dynamic value in ") + (s.was_alias ? "alias" : "comptime") + " initializer")
        .with_help("'" + s.name + "' must be known at compile time, but " + why);
    return nullptr;
  }
  v = folded;
  // a string computed at compile time is a StringLiteral, as any comptime string
  if (v->kind == tir::ExprKind::StringConst && v->type == types::string() && !s.type)
    v = std::make_shared<tir::StringConst>(types::string_literal(), v->span, v->as<tir::StringConst>().value);
  auto g = std::make_unique<tir::Global>();
  g->name = s.name;
  g->type = v->type->kind == TypeKind::StringLiteral ? v->type : types::materialize(v->type);
  g->value = v;
  g->span = s.name_span.valid() ? s.name_span : s.span;
  g->module = owner;
  tir::Global* raw = g.get();
  Symbol sym;
  sym.kind = Symbol::Kind::Constant;
  sym.constant = raw;
  sym.span = g->span;
  if (owner) {
    if (auto* prev = mod->scope.lookup_local(s.name)) {
      error(diag::Code::Redefinition, g->span, "invalid redefinition of '" + s.name + "'").note(prev->span, "previous definition here");
    }
    owner->globals.push_back(std::move(g));
    mod->scope.define(s.name, sym);
  } else {
    if (const Symbol* prev = scope->lookup_local(s.name);
        prev && (prev->kind == Symbol::Kind::Local || prev->kind == Symbol::Kind::Constant)) {
      error(diag::Code::Redefinition, g->span, "invalid redefinition of '" + s.name + "'")
          .note(prev->span, "previous definition here");
    }
    fn->local_constants.push_back(std::move(g));
    scope->define(s.name, sym);
  }
  return raw;
}

}  // namespace mojoc::sema
