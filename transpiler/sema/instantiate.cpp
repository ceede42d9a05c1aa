// Instances of generic functions and structs (monomorphization).
//
//   def max[T: Comparable](a: T, b: T) -> T      checked once, T symbolic; never emitted
//   max(1, 2)      ⟶ Call(max__Int)       instance: T = Int, its own signature and body
//   max("a", "b")  ⟶ Call(max__String)
//   Box[Int]       ⟶ struct Box__Int      instance: fields, methods and lifecycle for T = Int
//
// An instance's body is checked again with its parameters bound (the
// elaboration Mojo does): `comptime if` then takes one branch, `comptime for`
// unrolls, `constrained` is decided, and calls inside reach further
// instances.  Only what the program uses is instantiated.  An error found
// only in an instance carries notes naming the calls that led to it.
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// A C++ identifier piece for one parameter value: Int, 3, m1 (-1), True, float32.
std::string mangle_piece(const tir::ParamValue& v) {
  // a closure (a type or a function parameter) reads best by its own name
  std::string s = v.type && v.type->kind == TypeKind::Closure ? v.type->fn->name
                  : v.function                                ? v.function->name
                                                              : Checker::param_display(v);
  std::string out;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') out += c;
    else if (c == '-') out += 'm';
    else if (c == '.') out += 'p';
    else if (c == '[' || c == ',') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "x" : out;
}

std::string mangle(const std::string& base, const std::vector<tir::ParamValue>& values) {
  std::string s = base + "_";
  for (auto& v : values) s += "_" + mangle_piece(v);
  return s;
}

// Instance names are unique per program: two different bindings whose
// readable names coincide (a string parameter "a b" vs "ab") get a suffix.
std::string unique_name(std::set<std::string>& used, std::string name) {
  std::string n = name;
  for (int i = 2; used.count(n); ++i) n = name + "_" + std::to_string(i);
  used.insert(n);
  return n;
}
std::set<std::string>& used_names() {
  static std::set<std::string> used;
  return used;
}
}  // namespace

Scope* Checker::env_of(const tir::Function& f) const {
  if (auto it = closure_parent.find(&f); it != closure_parent.end()) return it->second;
  if (auto it = env_scopes.find(&f); it != env_scopes.end()) return it->second.get();
  if (f.owner)
    if (auto it = struct_infos.find(f.owner); it != struct_infos.end()) return it->second->env.get();
  return nullptr;
}

tir::Function* Checker::instantiate(tir::Function* g, const std::vector<tir::ParamValue>& values, Span site) {
  std::string key = fmt::format("{}|", static_cast<const void*>(g)) + param_key(values);
  if (auto it = function_instances.find(key); it != function_instances.end()) return it->second;
  // A chain of instances that keeps growing (f[n] calling f[n + 1]) would
  // never end; Mojo stops it too.
  int depth = 0;
  for (const tir::Function* f = fn; f; ++depth) {
    auto it = instance_sites.find(f);
    f = it == instance_sites.end() ? nullptr : it->second.from;
  }
  if (depth > 64) {
    error(diag::Code::NotComptime, site, "instantiation of '" + g->name + "' recurses without end")
        .with_help("make the recursion stop at a 'comptime if' on the parameters");
    return nullptr;
  }
  StructInfo* si = g->owner ? struct_infos.at(g->owner).get() : nullptr;
  ModuleInfo* m = nullptr;
  const ast::FunctionDef* def = nullptr;
  if (si) {
    def = si->defs.at(g);
    auto dm = si->def_module.find(g);
    m = dm == si->def_module.end() ? si->module : dm->second;
  } else {
    for (auto& info : modules)
      if (info->module == g->module) m = info.get();
    def = m->defs.at(g);
  }
  // build the signature with the parameters bound, outside whatever body is being checked
  tir::Function* saved_fn = fn;
  Scope* saved_scope = scope;
  StructInfo* saved_struct = cur_struct;
  ModuleInfo* saved_mod = mod;
  Type saved_self = trait_self;
  cur_struct = si;
  mod = m;
  trait_self = nullptr;
  scope = nullptr;
  binding_values = &values;
  auto f = build_signature(*m, *def, si ? si->decl : nullptr);
  binding_values = nullptr;
  fn = saved_fn;
  scope = saved_scope;
  cur_struct = saved_struct;
  mod = saved_mod;
  trait_self = saved_self;

  f->instance_of = g;
  f->param_values = values;
  f->cpp_name = unique_name(used_names(), mangle(g->name, values));
  f->overloaded = false;
  tir::Function* raw = f.get();
  function_instances[key] = raw;
  instance_sites[raw] = {site, fn};
  if (si) {
    si->defs[raw] = def;
    if (si->def_module.count(g)) si->def_module[raw] = si->def_module[g];
    si->decl->methods.push_back(std::move(f));
  } else {
    m->defs[raw] = def;
    m->module->functions.push_back(std::move(f));
  }
  pending_instances.push_back(raw);
  return raw;
}

Type Checker::instantiate_struct(StructInfo& g, const std::vector<tir::ParamValue>& values, Span site) {
  std::string key = param_key(values);
  if (auto it = g.instances.find(key); it != g.instances.end()) return it->second->type;
  bool symbolic = false;
  for (auto& v : values) symbolic |= is_symbolic(v);
  bool concrete = true;
  for (auto& v : values) concrete &= !is_symbolic(v);
  if (concrete && g.def->where_clause &&
      !where_holds(*g.def->where_clause, g.params, values, find_after(site, "["), "", g.decl->span, "'" + g.decl->name + "'"))
    return types::invalid();
  auto st = std::make_unique<tir::Struct>();
  st->name = g.decl->name;
  st->span = g.decl->span;
  st->module = g.decl->module;
  st->is_generic = symbolic;
  st->instance_of = g.decl;
  st->param_values = values;
  std::string shown = g.decl->name + "[";
  for (std::size_t i = 0; i < values.size(); ++i) shown += (i ? ", " : "") + param_display(values[i]);
  shown += "]";
  st->cpp_name = symbolic ? shown : unique_name(used_names(), mangle(g.decl->name, values));
  st->type = types::make_struct(shown, st->cpp_name, st.get());
  auto info = std::make_unique<StructInfo>();
  info->def = g.def;
  info->module = g.module;
  info->decl = st.get();
  info->generic = &g;
  info->args = values;
  info->env = std::make_unique<Scope>(nullptr);
  tir::Struct* raw = st.get();
  StructInfo& si = *info;
  struct_infos[raw] = std::move(info);
  g.instances[key] = raw;
  {
    ModuleInfo* saved_mod = mod;
    mod = g.module;
    bool ok = true;
    si.params = declare_params(g.def->params, *si.env, &values, ok);
    mod = saved_mod;
  }
  // the members are declared outside whatever body asked for the instance
  tir::Function* saved_fn = fn;
  Scope* saved_scope = scope;
  ModuleInfo* saved_mod = mod;
  fn = nullptr;
  scope = nullptr;
  mod = g.module;
  define_struct(si);
  fn = saved_fn;
  scope = saved_scope;
  mod = saved_mod;
  if (symbolic) {
    g.owned.push_back(std::move(st));
  } else {
    // after define_struct: instances its fields needed were appended first,
    // so C++ sees every field's type complete before this struct
    g.decl->module->structs.push_back(std::move(st));
    for (auto& mf : raw->methods) {
      instance_sites[mf.get()] = {site, fn};
      pending_instances.push_back(mf.get());
    }
  }
  return raw->type;
}

// dtype and width parameters inferred through a SIMD argument (v: SIMD[dt, w])
void Checker::bind_simd_params(const std::vector<ParamDecl>& ps, Binding& b, const std::map<Type, Type>& subst, Span at) {
  for (auto& [open, got] : subst) {
    if (!types::is_simd(open) || !open->symbolic || !types::is_simd_like(got)) continue;
    for (std::size_t i = 0; i < ps.size(); ++i) {
      if (b[i] || ps[i].is_type) continue;
      const std::string& pn = ps[i].ref_name.empty() ? ps[i].name : ps[i].ref_name;
      if (open->dtype_param && pn == open->dtype_param) {
        tir::ParamValue v;
        v.value = std::make_shared<tir::StringConst>(types::dtype(), at, types::dtype_of(types::lane_type(got)));
        b[i] = v;
      } else if (open->width_param && pn == open->width_param) {
        tir::ParamValue v;
        v.value = std::make_shared<tir::IntConst>(types::int_(), at, types::lane_count(got));
        b[i] = v;
      }
    }
  }
}

const tir::Function* Checker::instance_for_call(const tir::Function* g, std::map<Type, Type>& subst,
                                               const std::string& name, Span at, Span callee_at) {
  auto* gf = const_cast<tir::Function*>(g);
  if (g->owner && g->owner->is_generic && !g->owner->instance_of) {
    // Box(1): a generic struct's constructor; the arguments bound its parameters
    StructInfo& gs = *struct_infos.at(g->owner);
    Binding b(gs.params.size());
    for (std::size_t i = 0; i < gs.params.size(); ++i)
      if (gs.params[i].is_type)
        if (auto it = subst.find(gs.params[i].symbolic); it != subst.end()) b[i] = tir::ParamValue::of_type(it->second);
    bind_simd_params(gs.params, b, subst, at);
    auto vals = complete_binding(gs.params, b, g->owner->name, at);
    if (!vals) return nullptr;
    Type t = instantiate_struct(gs, *vals, at);
    StructInfo& is = *struct_infos.at(t->decl);
    auto gd = gs.defs.find(g);
    gf = nullptr;
    for (auto& m : is.decl->methods) {
      auto d = is.defs.find(m.get());
      bool same = gd != gs.defs.end() ? d != is.defs.end() && d->second == gd->second
                                      : m->synthesized && m->method_kind == g->method_kind && m->params.size() == g->params.size();
      if (same && !m->instance_of) {
        gf = m.get();
        break;
      }
    }
    if (!gf) return nullptr;
    subst.clear();
    if (!gf->is_generic) return gf;
    unsupported(at, "a constructor with compile-time parameters of its own in a parametric struct");
    return nullptr;
  }
  if (!gf->is_generic) return gf;
  const auto& ps = fn_params.at(gf);
  Binding b = explicit_params.count(g) ? explicit_params.at(g) : Binding(ps.size());
  // `*Ts` from the types of the arguments a `*args: *Ts` took
  for (std::size_t i = 0; i < ps.size(); ++i)
    if (!b[i] && ps[i].variadic && ps[i].is_type)
      if (auto it = pack_types_binding.find(ps[i].symbolic); it != pack_types_binding.end()) {
        tir::ParamValue v;
        v.is_pack = true;
        for (Type t : it->second) v.pack.push_back(tir::ParamValue::of_type(t));
        b[i] = v;
      }
  for (std::size_t i = 0; i < ps.size(); ++i)
    if (!b[i] && ps[i].is_type)
      if (auto it = subst.find(ps[i].symbolic); it != subst.end()) b[i] = tir::ParamValue::of_type(it->second);
  bind_simd_params(ps, b, subst, at);
  // value parameters inferred through a struct instance argument (g: Grid[n])
  for (auto& [open, got] : subst) {
    if (!types::is_struct(open) || !open->decl->is_generic || !types::is_struct(got)) continue;
    auto& ov = open->decl->param_values;
    for (std::size_t k = 0; k < ov.size() && k < got->decl->param_values.size(); ++k) {
      if (!ov[k].value || ov[k].value->kind != tir::ExprKind::ParamRef) continue;
      const std::string& n = ov[k].value->as<tir::ParamRef>().name;
      for (std::size_t i = 0; i < ps.size(); ++i)
        if (!b[i] && !ps[i].is_type && (ps[i].ref_name.empty() ? ps[i].name : ps[i].ref_name) == n)
          b[i] = got->decl->param_values[k];
    }
  }
  auto vals = complete_binding(ps, b, name, callee_at);
  if (!vals) return nullptr;
  if (!check_where(*gf, *vals, callee_at, name)) return nullptr;
  for (auto& v : *vals)
    if (is_symbolic(v)) return g;  // generic code calling generic code: checked symbolically
  last_carriers.clear();
  for (std::size_t i = 0; i < vals->size(); ++i)
    if (!ps[i].is_type && (*vals)[i].function && (*vals)[i].function->is_closure) last_carriers.push_back((*vals)[i].carrier);
  return instantiate(gf, *vals, at);
}

const ast::FunctionDef* Checker::def_of(const tir::Function& f) const {
  if (f.owner) {
    auto it = struct_infos.find(f.owner);
    if (it == struct_infos.end()) return nullptr;
    auto d = it->second->defs.find(&f);
    return d == it->second->defs.end() ? nullptr : d->second;
  }
  for (auto& info : modules)
    if (info->module == f.module) {
      auto d = info->defs.find(&f);
      return d == info->defs.end() ? nullptr : d->second;
    }
  return nullptr;
}

namespace {
// Mojo decides `where` clauses with a small solver: comparisons, and/or/not,
// + and * over the parameters and literals.  Anything else cannot be proven.
bool solver_can_decide(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Name: case ast::ExprKind::IntLit: case ast::ExprKind::BoolLit: return true;
    case ast::ExprKind::Attribute: return true;  // Self.n, DType.float32
    case ast::ExprKind::Unary: return solver_can_decide(*e.as<ast::UnaryExpr>().operand);
    case ast::ExprKind::Binary: {
      auto& b = e.as<ast::BinaryExpr>();
      bool op_ok = b.op == ast::BinOp::Add || b.op == ast::BinOp::Sub || b.op == ast::BinOp::Mul ||
                   b.op == ast::BinOp::And || b.op == ast::BinOp::Or;
      return op_ok && solver_can_decide(*b.lhs) && solver_can_decide(*b.rhs);
    }
    case ast::ExprKind::Compare:
      for (auto& x : e.as<ast::CompareExpr>().operands)
        if (!solver_can_decide(*x)) return false;
      return true;
    default: return false;
  }
}
}  // namespace

bool Checker::where_holds(const ast::Expr& clause, const std::vector<ParamDecl>& ps,
                          const std::vector<tir::ParamValue>& values, Span at, const std::string& head, Span declared,
                          const std::string& declared_what) {
  bool symbolic = false;
  for (auto& v : values) symbolic |= is_symbolic(v);
  if (symbolic) {
    // generic code calling a constrained function: its own clause is the evidence
    const ast::FunctionDef* caller = fn ? def_of(*fn) : nullptr;
    if (caller && caller->where_clause) return true;
    error(diag::Code::UnprovableConstraint, at, head + "lacking evidence to prove correctness")
        .note(declared, declared_what + " declared here");
    return false;
  }
  if (!solver_can_decide(clause)) {
    error(diag::Code::UnprovableConstraint, at, head + "lacking evidence to prove correctness")
        .note(clause.span, "the constraint uses an operation Mojo's solver cannot evaluate");
    return false;
  }
  Scope env(nullptr);
  for (std::size_t i = 0; i < ps.size() && i < values.size(); ++i) bind_param(env, ps[i], &values[i]);
  Scope* saved = scope;
  tir::Function* saved_fn = fn;
  scope = &env;
  tir::Function holder;
  fn = &holder;
  tir::ExprPtr c = check_condition(clause);
  scope = saved;
  fn = saved_fn;
  if (c->type->kind == TypeKind::Invalid) return false;
  tir::ExprPtr v = comptime_fold(c);
  if (v && v->kind == tir::ExprKind::BoolConst && v->as<tir::BoolConst>().value) return true;
  error(diag::Code::ViolatedConstraint, at, head + "violated constraint")
      .note(clause.span, "constraint declared here evaluated to False")
      .note(declared, declared_what + " declared here");
  return false;
}

bool Checker::check_where(const tir::Function& g, const std::vector<tir::ParamValue>& values, Span at,
                          const std::string& name) {
  const ast::FunctionDef* def = def_of(g);
  if (!def || !def->where_clause) return true;
  return where_holds(*def->where_clause, fn_params.at(&g), values, at, "invalid call to '" + name + "': ", g.span,
                     "function");
}

void Checker::check_pending_instances() {
  for (std::size_t i = 0; i < pending_instances.size(); ++i) {
    tir::Function* f = pending_instances[i];
    if (f->body_checked) continue;
    const tir::Function* g = f->instance_of;
    if (g && broken_generics.count(g)) {
      f->body_checked = true;
      continue;
    }
    StructInfo* si = f->owner ? struct_infos.at(f->owner).get() : nullptr;
    if (si && !f->instance_of && si->generic) {
      // a method of a struct instance: skip it when the generic's method failed
      for (auto& gm : si->generic->decl->methods)
        if (broken_generics.count(gm.get()) && gm->name == f->name) f->body_checked = true;
      if (f->body_checked) continue;
    }
    const ast::FunctionDef* def = nullptr;
    ModuleInfo* m = nullptr;
    if (si) {
      auto d = si->defs.find(f);
      if (d == si->defs.end()) {
        // synthesized members have sema-written bodies
        if (f->synthesized && f->method_kind == tir::MethodKind::Del) place_destructions(*f);
        f->body_checked = true;
        continue;
      }
      def = d->second;
      auto dm = si->def_module.find(f);
      m = dm == si->def_module.end() ? si->module : dm->second;
    } else {
      for (auto& info : modules)
        if (info->module == f->module) m = info.get();
      def = m->defs.at(f);
    }
    const tir::Function* saved_instance = checking_instance;
    checking_instance = f;
    cur_struct = si;
    check_body(*m, *f, *def);
    cur_struct = nullptr;
    checking_instance = saved_instance;
  }
  pending_instances.clear();
}

void Checker::add_instance_notes(diag::Diagnostic& d) {
  int shown = 0;
  for (const tir::Function* f = checking_instance; f && shown < 8; ++shown) {
    auto it = instance_sites.find(f);
    if (it == instance_sites.end()) break;
    std::string what = f->name;
    if (f->owner && f->owner->instance_of) what = std::string(f->owner->type->mojo_name) + "." + f->name;
    if (!f->param_values.empty()) {
      what += "[";
      for (std::size_t i = 0; i < f->param_values.size(); ++i) what += (i ? ", " : "") + param_display(f->param_values[i]);
      what += "]";
    }
    d.note(it->second.site, "in '" + what + "', instantiated here");
    f = it->second.from;
  }
}

}  // namespace mojoc::sema
