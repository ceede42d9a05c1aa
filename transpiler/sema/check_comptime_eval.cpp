// Folding checked expressions to constants at compile time.
//
//   comptime N = fib(20)       ⟶ Global N = IntConst(6765)   (fib's body is interpreted)
//   comptime if n > 2: ...     ⟶ the condition folds once n is bound (an instance)
//   n * 2   inside generic f   ⟶ not foldable: n is a ParamRef until f is instantiated
//
// The interpreter itself is comptime_eval.cpp; this file connects it to the
// checker: bodies it needs are checked on demand, with the checker's
// per-function state set aside meanwhile.
#include "sema/checker.hpp"
#include "sema/comptime_eval.hpp"

namespace mojoc::sema {

namespace {
bool is_const(const tir::Expr& e) {
  return e.kind == tir::ExprKind::IntConst || e.kind == tir::ExprKind::FloatConst ||
         e.kind == tir::ExprKind::BoolConst || e.kind == tir::ExprKind::StringConst;
}
}  // namespace

tir::ExprPtr Checker::comptime_fold(const tir::ExprPtr& e, std::string* why, Span* where) {
  if (is_const(*e)) return e;
  if (is_symbolic(*e)) {
    if (why) *why = "it depends on a compile-time parameter";
    return nullptr;
  }
  comptime::Evaluator ev;
  ev.ensure_body = [this](const tir::Function& f) { return ensure_body(f); };
  comptime::Result r = ev.eval(*e);
  if (r.ok()) return r.value;
  if (why) *why = r.why_not;
  if (where && r.where.valid()) *where = r.where;
  return nullptr;
}

bool Checker::ensure_body(const tir::Function& cf) {
  auto& f = const_cast<tir::Function&>(cf);
  if (f.body_checked) return true;
  if (f.is_generic || !f.module || f.is_closure) return f.body_checked;
  const ast::FunctionDef* def = nullptr;
  ModuleInfo* m = nullptr;
  StructInfo* si = f.owner ? struct_infos.at(f.owner).get() : nullptr;
  if (si) {
    auto d = si->defs.find(&f);
    if (d == si->defs.end()) return false;
    def = d->second;
    auto dm = si->def_module.find(&f);
    m = dm == si->def_module.end() ? si->module : dm->second;
  } else {
    for (auto& info : modules)
      if (info->module == f.module) m = info.get();
    if (!m || !m->defs.count(&f)) return false;
    def = m->defs.at(&f);
  }
  if (checking_bodies.count(&f)) return false;  // its own body asks for itself at compile time
  checking_bodies.insert(&f);
  FunctionState saved = suspend_function();
  trait_self = nullptr;
  cur_struct = si;
  checking_instance = f.instance_of ? &f : nullptr;
  std::size_t before = diags.error_count();
  check_body(*m, f, *def);
  bool ok = diags.error_count() == before;
  resume_function(std::move(saved));
  checking_bodies.erase(&f);
  return ok;
}

}  // namespace mojoc::sema
