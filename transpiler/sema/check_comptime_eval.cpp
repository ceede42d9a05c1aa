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
  if (f.is_generic || !f.module) return false;
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
  // set the state of whatever is being checked aside
  ModuleInfo* s_mod = mod;
  tir::Function* s_fn = fn;
  Scope* s_scope = scope;
  int s_loop = loop_depth;
  auto s_raise_ctx = std::move(raise_ctx);
  auto s_handling = std::move(handling);
  auto s_uninit = std::move(uninit);
  auto s_hoisted = std::move(hoisted);
  auto s_moved = std::move(moved_at);
  auto* s_temp_owner = temp_owner;
  auto s_uninit_fields = std::move(uninit_fields);
  bool s_assigning = assigning_field, s_field_base = field_base, s_in_place = in_place_op, s_ref_call = ref_result_call;
  auto s_parens = std::move(call_parens);
  Span s_transfer = transfer_at;
  auto s_raise_types = std::move(raise_types);
  StructInfo* s_struct = cur_struct;
  Type s_self = trait_self;
  const tir::Function* s_instance = checking_instance;
  auto s_explicit = std::move(explicit_params);
  raise_ctx.clear(); handling.clear(); uninit.clear(); hoisted.clear(); moved_at.clear(); uninit_fields.clear();
  call_parens.clear(); raise_types.clear(); explicit_params.clear();
  temp_owner = nullptr;
  assigning_field = field_base = in_place_op = ref_result_call = false;
  transfer_at = Span{};
  trait_self = nullptr;
  cur_struct = si;
  checking_instance = f.instance_of ? &f : nullptr;
  std::size_t before = diags.error_count();
  check_body(*m, f, *def);
  bool ok = diags.error_count() == before;
  mod = s_mod; fn = s_fn; scope = s_scope; loop_depth = s_loop;
  raise_ctx = std::move(s_raise_ctx); handling = std::move(s_handling); uninit = std::move(s_uninit);
  hoisted = std::move(s_hoisted); moved_at = std::move(s_moved); temp_owner = s_temp_owner;
  uninit_fields = std::move(s_uninit_fields);
  assigning_field = s_assigning; field_base = s_field_base; in_place_op = s_in_place; ref_result_call = s_ref_call;
  call_parens = std::move(s_parens); transfer_at = s_transfer; raise_types = std::move(s_raise_types);
  cur_struct = s_struct; trait_self = s_self; checking_instance = s_instance; explicit_params = std::move(s_explicit);
  checking_bodies.erase(&f);
  return ok;
}

}  // namespace mojoc::sema
