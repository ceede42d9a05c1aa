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
  auto v = check_expr(*s.value);
  if (v->type->kind == TypeKind::Invalid) return nullptr;
  if (s.type) {
    Type t = resolve_type(*s.type);
    if (t->kind == TypeKind::Invalid) return nullptr;
    v = types::is_literal(v->type) ? coerce(v, t) : (v->type == t ? v : coerce(v, t));
  }
  bool is_const = v->kind == tir::ExprKind::IntConst || v->kind == tir::ExprKind::FloatConst ||
                  v->kind == tir::ExprKind::BoolConst || v->kind == tir::ExprKind::StringConst;
  if (!is_const) {
    error(diag::Code::NotComptime, s.value->span, "cannot evaluate '" + s.name + "' at compile time")
        .with_help("mojoc evaluates comptime values built from literals and other comptime values");
    return nullptr;
  }
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
