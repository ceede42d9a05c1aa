// Closures with compile-time parameters: the bodies `vectorize` runs.
//
//   def body[width: Int](i: Int) {mut}: ...   (nested in main)
//     ⟶ generic Function body (never emitted), VarDecl body = ClosureExpr(body)
//   body[8](i) / vectorize[8](n, body)
//     ⟶ instance body[8]: its own Function, checked now as a closure of main
//        with width = 8, held by its own local `body_8`
//        (C++: auto body_8 = [&](mojo::Int i) { ... }; emitted where body is declared)
//
// An instance is made while the function that defines the closure is still
// being checked (the closure's names are in scope there), so every use that
// binds the parameters instantiates on the spot.
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::remember_generic_closure(tir::Function& cf, const ast::FunctionDef& def, tir::VarDecl& decl) {
  GenericClosure g;
  g.def = &def;
  g.generic = &cf;
  g.value = &decl.init->as<tir::ClosureExpr>();
  g.outer = fn;
  g.module = mod;
  generic_closures[decl.local] = std::move(g);
}

bool Checker::is_generic_closure(const tir::Expr& e) const {
  return e.kind == tir::ExprKind::LocalRef && generic_closures.count(e.as<tir::LocalRef>().local);
}

tir::Local* Checker::closure_instance(const tir::Local* var, const std::vector<tir::ParamValue>& values, Span site) {
  GenericClosure& g = generic_closures.at(var);
  std::string key = param_key(values);
  if (auto it = g.instances.find(key); it != g.instances.end()) return it->second;
  const ClosureInfo& pristine = closure_infos.at(g.generic);
  ClosureInfo ci = pristine;
  Scope* parent = closure_parent.at(g.generic);
  ModuleInfo* saved_mod = mod;
  mod = g.module;
  FunctionState saved = suspend_function();
  scope = parent;
  building_closure = true;
  binding_values = &values;
  auto cf = build_signature(*mod, *g.def, nullptr);
  binding_values = nullptr;
  building_closure = false;
  cf->is_closure = true;
  cf->is_main = false;
  cf->instance_of = g.generic;
  cf->param_values = values;
  // the body sees the bound parameters, then the names around the definition
  auto env = std::make_unique<Scope>(parent);
  bool ok = true;
  bool saved_declaring = declaring_params;
  declare_params(g.def->params, *env, &values, ok);
  declaring_params = saved_declaring;
  closure_parent[cf.get()] = env.get();
  closure_envs.push_back(std::move(env));
  closure_infos[cf.get()] = std::move(ci);
  instance_sites[cf.get()] = {site, saved.fn};
  check_body(*mod, *cf, *g.def);
  resume_function(std::move(saved));
  mod = saved_mod;
  // its value and the local that holds it, declared with the generic closure
  std::string suffix;
  for (auto& v : values) suffix += "_" + param_display(v);
  Type t = types::closure_type(cf.get(), types::display(var->type));
  closure_types[cf.get()] = t;
  auto ce = closure_value(*cf, t, g.value->span);
  tir::Local* inst = g.outer->add_hidden_local(var->name + suffix, t, g.value->span);
  g.value->instances.push_back({inst, ce});
  g.outer->closures.push_back(std::move(cf));
  g.instances[key] = inst;
  return inst;
}

tir::Local* Checker::closure_instance(const tir::Local* var, std::initializer_list<long long> ints, Span site) {
  std::vector<tir::ParamValue> vals;
  for (long long n : ints) {
    tir::ParamValue v;
    v.value = std::make_shared<tir::IntConst>(types::int_(), site, n);
    vals.push_back(v);
  }
  return closure_instance(var, vals, site);
}

tir::ExprPtr Checker::call_closure_instance(const tir::Local* var, const ast::SubscriptExpr& callee, const ast::CallExpr& e) {
  GenericClosure& g = generic_closures.at(var);
  const auto& ps = fn_params.at(g.generic);
  Binding b;
  if (!explicit_binding(ps, callee.indices, b, var->name, callee.span)) return invalid(e.span);
  auto vals = complete_binding(ps, b, var->name, callee.span);
  if (!vals) return invalid(e.span);
  for (auto& v : *vals)
    if (is_symbolic(v)) return symbolic_value(types::none(), e.span);  // generic code: per instance
  tir::Local* inst = closure_instance(var, *vals, e.span);
  if (!inst) return invalid(e.span);
  return call_value(std::make_shared<tir::LocalRef>(inst, callee.span), e, var->name);
}

}  // namespace mojoc::sema
