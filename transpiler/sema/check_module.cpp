// Modules: declarations in two passes so a function can be called before
// its definition, then bodies.
//
//   pass 1a  import m / from m import f, g as h   ⟶ module-scope symbols (modules.cpp loads m)
//   pass 1b  comptime N = ...                     ⟶ Global N (in source order)
//   pass 1c  def f(...) -> T                      ⟶ Function f (signature only)
//   pass 2   bodies                               ⟶ Function::body
#include <functional>
#include <set>

#include "sema/checker.hpp"

namespace mojoc::sema {

// Whether a constant's expression calls anything (then it waits for the
// module's functions to be declared).
bool calls_something(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Call: return true;
    case ast::ExprKind::Unary: return calls_something(*e.as<ast::UnaryExpr>().operand);
    case ast::ExprKind::Binary:
      return calls_something(*e.as<ast::BinaryExpr>().lhs) || calls_something(*e.as<ast::BinaryExpr>().rhs);
    case ast::ExprKind::Compare:
      for (auto& x : e.as<ast::CompareExpr>().operands)
        if (calls_something(*x)) return true;
      return false;
    case ast::ExprKind::Conditional: {
      auto& c = e.as<ast::ConditionalExpr>();
      return calls_something(*c.cond) || calls_something(*c.then) || calls_something(*c.otherwise);
    }
    default: return false;
  }
}

void Checker::declare_module(ModuleInfo& m) {
  ModuleInfo* saved_mod = mod;
  tir::Function* saved_fn = fn;
  Scope* saved_scope = scope;
  mod = &m;
  fn = nullptr;
  scope = nullptr;
  for (auto& s : m.ast->body) {
    if (!s) continue;
    if (s->kind == ast::StmtKind::Import) check_import(m, s->as<ast::ImportStmt>());
    else if (s->kind == ast::StmtKind::FromImport) check_from_import(m, s->as<ast::FromImportStmt>());
  }
  mod = &m;
  // Struct names first: signatures, fields and traits may name any of them.
  for (auto& s : m.ast->body)
    if (s && s->kind == ast::StmtKind::Struct) declare_struct_name(m, s->as<ast::StructDef>());
  bool deferring = false;
  std::vector<const ast::ComptimeStmt*> deferred;
  for (auto& s : m.ast->body) {
    if (!s) continue;
    switch (s->kind) {
      case ast::StmtKind::Import:
      case ast::StmtKind::FromImport:
      case ast::StmtKind::Function:
        break;
      case ast::StmtKind::Comptime:
        // `comptime N = fib(20)` calls functions: evaluated once they are
        // declared, with every later constant (they may use it)
        if (deferring || (s->as<ast::ComptimeStmt>().value && calls_something(*s->as<ast::ComptimeStmt>().value))) {
          deferring = true;
          deferred.push_back(&s->as<ast::ComptimeStmt>());
          break;
        }
        if (!check_comptime(s->as<ast::ComptimeStmt>(), m.module)) poison(m.scope, s->as<ast::ComptimeStmt>().name);
        break;
      case ast::StmtKind::Struct:
      case ast::StmtKind::Trait:
        break;
      case ast::StmtKind::Var:
        unsupported(s->span, "module-level variable");
        poison_target(*s->as<ast::VarStmt>().target);
        break;
      case ast::StmtKind::Pass: break;
      case ast::StmtKind::Return: error(diag::Code::ReturnOutsideFunction, s->span); break;
      case ast::StmtKind::Assert:
        if (s->as<ast::AssertStmt>().comptime) {
          error(diag::Code::InvalidSyntax, s->span, "'comptime assert' must be inside a function; move this into a function body");
          break;
        }
        unsupported(s->span, "top-level statement");
        break;
      case ast::StmtKind::Expr:
        if (s->as<ast::ExprStmt>().expr->kind == ast::ExprKind::StringLit) break;  // docstring
        [[fallthrough]];
      default:
        unsupported(s->span, "top-level statement");
        break;
    }
  }
  for (auto& s : m.ast->body)
    if (s && s->kind == ast::StmtKind::Trait) declare_trait(m, s->as<ast::TraitDef>());
  for (auto& st : m.module->structs) define_struct(*struct_infos.at(st.get()));
  // A struct's field types must be defined before it (C++ needs complete
  // types): define_struct defines a field's struct first, so reorder to match.
  order_structs(m);
  for (auto& s : m.ast->body)
    if (s && s->kind == ast::StmtKind::Function) declare_function(m, s->as<ast::FunctionDef>());
  for (const ast::ComptimeStmt* c : deferred)
    if (!check_comptime(*c, m.module)) poison(m.scope, c->name);
  for (auto& [si, c] : deferred_members) define_struct_constant(*si, *c);
  deferred_members.clear();
  m.state = ModuleInfo::State::Declared;
  mod = saved_mod;
  fn = saved_fn;
  scope = saved_scope;
}

void Checker::check_module_bodies(ModuleInfo& m) {
  // A trait's default methods are checked once, generically (Self is a
  // parameter bounded by the trait), whether or not a struct inherits them.
  for (auto& t : m.module->traits) {
    TraitInfo& ti = *trait_infos.at(t.get());
    for (auto& [f, def] : ti.defaults) {
      auto* method = const_cast<tir::Function*>(f);
      if (method->body_checked) continue;
      std::size_t before = diags.error_count();
      Type saved = trait_self;
      trait_self = method->self ? method->self->type : nullptr;
      cur_struct = nullptr;
      check_body(m, *method, *def);
      trait_self = saved;
      if (diags.error_count() != before) ti.broken.insert(f);
    }
  }
  // Instances append to these lists while bodies are checked (their own
  // bodies are checked later, by check_pending_instances): index loops.
  for (std::size_t k = 0; k < m.module->structs.size(); ++k) {
    tir::Struct* st = m.module->structs[k].get();
    if (st->instance_of) continue;
    StructInfo& si = *struct_infos.at(st);
    for (std::size_t j = 0; j < st->methods.size(); ++j) {
      tir::Function* f = st->methods[j].get();
      auto it = si.defs.find(f);
      if (it == si.defs.end() || f->body_checked || f->instance_of) {
        if (f->synthesized && f->method_kind == tir::MethodKind::Del && !st->is_generic) place_destructions(*f);
        continue;
      }
      if (auto in = si.inherited.find(f); in != si.inherited.end()) {
        // a default already reported as broken is not reported again per struct
        bool broken = false;
        for (auto& [tf, tdef] : in->second->defaults) broken |= tdef == it->second && in->second->broken.count(tf);
        if (broken) {
          f->body_checked = true;
          continue;
        }
      }
      cur_struct = &si;
      auto dm = si.def_module.find(f);
      std::size_t before = diags.error_count();
      check_body(dm == si.def_module.end() ? m : *dm->second, *f, *it->second);
      if (diags.error_count() != before && (f->is_generic || st->is_generic)) broken_generics.insert(f);
      cur_struct = nullptr;
    }
  }
  for (std::size_t k = 0; k < m.module->functions.size(); ++k) {
    tir::Function* f = m.module->functions[k].get();
    if (f->instance_of) continue;
    auto it = m.defs.find(f);
    if (it == m.defs.end() || f->body_checked) continue;
    std::size_t before = diags.error_count();
    check_function_body(m, *f, *it->second);
    if (diags.error_count() != before && f->is_generic) broken_generics.insert(f);
  }
  m.state = ModuleInfo::State::Checked;
}

// Field types first: a struct whose field is another struct of this module
// comes after it (recursion through fields is impossible: a struct cannot
// contain itself, directly or not).
void Checker::order_structs(ModuleInfo& m) {
  std::vector<std::unique_ptr<tir::Struct>> in = std::move(m.module->structs);
  m.module->structs.clear();
  std::set<const tir::Struct*> placed;
  std::function<void(tir::Struct*)> place = [&](tir::Struct* st) {
    if (placed.count(st)) return;
    placed.insert(st);
    for (auto& f : st->fields)
      if (types::is_struct(f.type) && f.type->decl->module == m.module)
        for (auto& up : in)
          if (up && up.get() == f.type->decl) place(up.get());
    for (auto& up : in)
      if (up.get() == st) m.module->structs.push_back(std::move(up));
  };
  std::vector<tir::Struct*> order;
  for (auto& up : in) order.push_back(up.get());
  for (auto* st : order) place(st);
}

void Checker::check_import(ModuleInfo& m, const ast::ImportStmt& s) {
  if (s.relative_level > 0) {
    unsupported(s.span, "relative import");
    return;
  }
  Span kw = find_after(line_start(s.span), "import");
  Span name_at = s.module.empty() ? s.span : find_after(point(s.span.file, kw.end), s.module[0]);
  ModuleInfo* target = import_module(s.module, name_at, m);
  if (!target) {
    Symbol p;
    p.kind = Symbol::Kind::Poisoned;
    if (!s.module.empty()) m.scope.define(s.alias.empty() ? s.module.back() : s.alias, p);
    return;
  }
  if (s.module.size() > 1 && s.alias.empty() && !target->builtin) {
    unsupported(s.span, "dotted import without 'as'");
    return;
  }
  if (target->module) m.module->imports.push_back(target->module);
  Symbol sym;
  sym.kind = Symbol::Kind::Module;
  sym.module = target;
  sym.span = s.span;
  m.scope.define(s.alias.empty() ? s.module.back() : s.alias, sym);
}

void Checker::check_from_import(ModuleInfo& m, const ast::FromImportStmt& s) {
  if (s.relative_level > 0 && s.module.empty()) {
    unsupported(s.span, "relative import");
    return;
  }
  // `from builtin... import print` names things that are always there.
  if (!s.module.empty() && (s.module[0] == "builtin" || (s.module[0] == "std" && s.module.size() > 1 && s.module[1] == "builtin")))
    return;
  Span kw = find_after(line_start(s.span), "from");
  Span name_at = s.module.empty() ? s.span : find_after(point(s.span.file, kw.end), s.module[0]);
  ModuleInfo* target = import_module(s.module, name_at, m, /*report=*/false);
  if (!target && !s.module.empty()) {
    // `from folder import mod` where folder has no __init__.mojo: every name
    // must then be a module inside it
    std::vector<std::pair<const ast::ImportName*, ModuleInfo*>> subs;
    for (auto& n : s.names) {
      if (n.name == "*") break;
      std::vector<std::string> sub = s.module;
      sub.push_back(n.name);
      ModuleInfo* sm = import_module(sub, n.span, m, /*report=*/false);
      if (!sm) break;
      subs.emplace_back(&n, sm);
    }
    if (!subs.empty() && subs.size() == s.names.size()) {
      for (auto& [n, sm] : subs) {
        if (sm->module) m.module->imports.push_back(sm->module);
        Symbol msym;
        msym.kind = Symbol::Kind::Module;
        msym.module = sm;
        msym.span = n->span;
        m.scope.define(n->alias.empty() ? n->name : n->alias, msym);
      }
      return;
    }
  }
  if (!target) target = import_module(s.module, name_at, m);  // reports why
  if (!target) {
    for (auto& n : s.names) {
      Symbol p;
      p.kind = Symbol::Kind::Poisoned;
      if (n.name != "*") m.scope.define(n.alias.empty() ? n.name : n.alias, p);
    }
    return;
  }
  if (target->module) m.module->imports.push_back(target->module);
  for (auto& n : s.names) {
    if (n.name == "*") {
      // copy every public name (not the target's own imports of modules)
      if (!target->module) continue;
      for (auto& f : target->module->functions) {
        const Symbol* sym = target->scope.lookup_local(f->name);
        if (sym) m.scope.define(f->name, *sym);
      }
      for (auto& g : target->module->globals) {
        const Symbol* sym = target->scope.lookup_local(g->name);
        if (sym) m.scope.define(g->name, *sym);
      }
      continue;
    }
    const Symbol* sym = target->scope.lookup_local(n.name);
    // `from std.memory import OwnedPointer`: a C++-modelled module whose other
    // names are Mojo declarations the prelude loads (prelude.cpp)
    if (!sym && target->builtin) sym = prelude_symbol(n.name);
    if (!sym) {
      // `from pkg import mod`: a submodule of a package
      std::vector<std::string> sub = s.module;
      sub.push_back(n.name);
      if (ModuleInfo* submodule = import_module(sub, n.span, m, /*report=*/false)) {
        if (submodule->module) m.module->imports.push_back(submodule->module);
        Symbol msym;
        msym.kind = Symbol::Kind::Module;
        msym.module = submodule;
        msym.span = n.span;
        m.scope.define(n.alias.empty() ? n.name : n.alias, msym);
        continue;
      }
      error(diag::Code::UnknownImportName, n.span,
            "module '" + target->module_name + "' does not contain '" + n.name + "'");
      continue;
    }
    Symbol copy = *sym;
    copy.span = n.span;
    m.scope.define(n.alias.empty() ? n.name : n.alias, copy);
  }
}

}  // namespace mojoc::sema
