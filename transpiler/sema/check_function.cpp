// Functions: signatures (pass 1) and bodies (pass 2).
//
//   def f(x: Int, y: Float64 = 1.0) raises -> Int: body
//     ⟶ Function f(params [x:Int, y:Float64], defaults [-, FloatConst 1.0], raises, result Int)
//   def f(...) in a legacy file  ⟶ raises = true, arguments are mutable copies
//   def main()                   ⟶ is_main; the C++ main() calls it through run_main
#include <algorithm>
#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

Type Checker::resolve_type(const ast::Expr& e) {
  if (e.kind == ast::ExprKind::Name) {
    const auto& n = e.as<ast::NameExpr>().name;
    if (Type t = types::by_name(n)) {
      if (t->kind == TypeKind::IntLiteral || t->kind == TypeKind::FloatLiteral) {
        unsupported(e.span, "type '" + n + "' in a declaration");
        return types::invalid();
      }
      return t;
    }
    static const char* known[] = {"List", "Dict", "Set", "Optional", "Tuple", "SIMD", "Scalar", "Float16",
                                  "BFloat16", "UnsafePointer", "Pointer", "Span", "StringSlice", "object",
                                  "PythonObject", "DType", "Self", "AnyType", "Array", "InlineArray"};
    for (const char* k : known)
      if (n == k) {
        unsupported(e.span, "type '" + n + "'");
        return types::invalid();
      }
    error(diag::Code::UnknownType, e.span, "use of unknown declaration '" + n + "'");
    return types::invalid();
  }
  if (e.kind == ast::ExprKind::NoneLit) return types::none();
  if (e.kind == ast::ExprKind::Attribute) {
    // std.builtin-style qualified names are not modelled yet
  }
  unsupported(e.span, "this type expression");
  return types::invalid();
}

void Checker::declare_function(ModuleInfo& m, const ast::FunctionDef& def) {
  auto f = std::make_unique<tir::Function>();
  f->name = def.name;
  f->span = def.name_span.valid() ? def.name_span : def.span;
  f->module = m.module;
  f->raises = def.raises || (!def.is_fn && m.edition.def_raises);
  f->is_main = def.name == "main";
  bool ok = true;
  if (def.has_param_list || !def.params.empty()) {
    unsupported(find_after(def.name_span.valid() ? def.name_span : def.span, "["), "compile-time parameters on a function");
    ok = false;
  }
  if (def.has_capture_list) { unsupported(def.span, "capture list"); ok = false; }
  if (def.raises_type) { unsupported(def.raises_type->span, "typed 'raises'"); ok = false; }
  if (!def.result_name.empty()) { unsupported(def.span, "named result"); ok = false; }
  for (auto& d : def.decorators) {
    if (d.name == "always_inline" || d.name == "inline" || d.name == "noinline" || d.name == "export") continue;
    unsupported(d.span, "decorator '@" + d.name + "'");
    ok = false;
  }
  auto is_param_name = [&](const ast::Expr& t) {
    return t.kind == ast::ExprKind::Name &&
           std::any_of(def.params.begin(), def.params.end(),
                       [&](const ast::Param& cp) { return cp.name == t.as<ast::NameExpr>().name; });
  };
  fn = f.get();
  bool kw_only = false;
  for (auto& p : def.args) {
    if (p.kind == ast::Param::Kind::KwOnlyMarker) { kw_only = true; continue; }
    if (p.kind == ast::Param::Kind::PosOnlyMarker) continue;
    if (p.kind != ast::Param::Kind::Normal) {
      unsupported(p.span, "variadic arguments");
      ok = false;
      continue;
    }
    Type t = types::invalid();
    if (!p.type) {
      unsupported(p.span, "untyped argument '" + p.name + "'");
      ok = false;
    } else if (is_param_name(*p.type)) {
      ok = false;  // typed by a compile-time parameter: already reported above
    } else {
      t = resolve_type(*p.type);
    }
    if (p.convention == ast::Convention::Out || p.convention == ast::Convention::Ref ||
        p.convention == ast::Convention::Deinit) {
      unsupported(p.span, "'" + (p.convention_spelling.empty() ? std::string("out/ref") : p.convention_spelling) +
                              "' argument convention");
      ok = false;
    }
    auto l = std::make_unique<tir::Local>();
    l->name = p.name;
    l->type = t;
    l->span = p.span;
    l->id = static_cast<int>(f->locals.size());
    l->is_param = true;
    l->convention = p.convention;
    bool legacy_copy = !def.is_fn && m.edition.def_raises;  // legacy def: args are mutable copies
    l->is_mutable = p.convention == ast::Convention::Mut || p.convention == ast::Convention::Owned || legacy_copy;
    if (legacy_copy && p.convention == ast::Convention::Default) l->convention = ast::Convention::Owned;
    for (auto* prev : f->params)
      if (prev->name == p.name) {
        error(diag::Code::Redefinition, p.span, "duplicate argument '" + p.name + "'");
        ok = false;
      }
    f->params.push_back(l.get());
    tir::ExprPtr dflt;
    if (p.default_value) {
      dflt = check_expr(*p.default_value);
      if (t->kind != TypeKind::Invalid) dflt = coerce(dflt, t, "in default argument");
      bool is_const = dflt->kind == tir::ExprKind::IntConst || dflt->kind == tir::ExprKind::FloatConst ||
                      dflt->kind == tir::ExprKind::BoolConst || dflt->kind == tir::ExprKind::StringConst;
      if (!is_const && dflt->type->kind != TypeKind::Invalid) {
        unsupported(p.default_value->span, "non-constant default value");
        ok = false;
      }
    }
    f->defaults.push_back(dflt);
    f->keyword_only.push_back(kw_only);
    f->locals.push_back(std::move(l));
  }
  f->result = !def.result ? types::none() : is_param_name(*def.result) ? types::invalid() : resolve_type(*def.result);
  fn = nullptr;
  if (f->is_main && (!f->params.empty() || f->result != types::none()) && m.module == program->root) {
    error(diag::Code::TypeMismatch, f->span, "'main' must take no arguments and return nothing");
    ok = false;
  }
  (void)ok;
  tir::Function* raw = f.get();
  m.defs[raw] = &def;
  auto& set = m.overloads[def.name];
  if (set.empty()) {
    if (auto* prev = m.scope.lookup_local(def.name)) {
      error(diag::Code::Redefinition, raw->span, "invalid redefinition of '" + def.name + "'").note(prev->span, "previous definition here");
    }
  } else {
    // Same signature twice is a redefinition; different argument types overload.
    for (auto* other : set) {
      bool same = other->params.size() == raw->params.size();
      for (std::size_t i = 0; same && i < raw->params.size(); ++i) same = other->params[i]->type == raw->params[i]->type;
      if (same) error(diag::Code::Redefinition, raw->span, "invalid redefinition of '" + def.name + "'").note(other->span, "previous definition here");
    }
    for (auto* other : set) other->overloaded = true;
    raw->overloaded = true;
  }
  set.push_back(raw);
  Symbol sym;
  sym.kind = Symbol::Kind::Functions;
  sym.functions = &set;
  sym.span = raw->span;
  m.scope.define(def.name, sym);
  m.module->functions.push_back(std::move(f));
}

void Checker::check_function_body(ModuleInfo& m, tir::Function& f, const ast::FunctionDef& def) {
  mod = &m;
  fn = &f;
  scope = nullptr;
  push_scope();
  for (auto& p : def.params) poison(*scope, p.name);  // compile-time parameters (rejected)
  for (auto* p : f.params) {
    Symbol s;
    s.kind = Symbol::Kind::Local;
    s.local = p;
    s.span = p->span;
    scope->define(p->name, s);
  }
  loop_depth = 0;
  hoisted.clear();
  uninit.clear();
  raise_ctx.clear();
  handling.clear();
  check_block(def.body, f.body);
  if (f.result != types::none() && f.result->kind != TypeKind::Invalid && !block_terminates(f.body)) {
    error(diag::Code::MissingReturn, f.span, "missing return statement in function '" + f.name + "' returning '" +
                                                  types::display(f.result) + "'");
  }
  pop_scope();
  f.body_checked = true;
  fn = nullptr;
}

// Does control never fall off the end of this block?
bool Checker::block_terminates(const tir::Block& b) const {
  if (b.empty()) return false;
  const tir::Stmt& last = *b.back();
  switch (last.kind) {
    case tir::StmtKind::Return:
    case tir::StmtKind::Raise:
      return true;
    case tir::StmtKind::If: {
      auto& s = last.as<tir::If>();
      if (s.cond->kind == tir::ExprKind::BoolConst)
        return block_terminates(s.cond->as<tir::BoolConst>().value ? s.then : s.orelse);
      return block_terminates(s.then) && block_terminates(s.orelse);
    }
    case tir::StmtKind::While: {
      auto& s = last.as<tir::While>();
      if (s.cond->kind != tir::ExprKind::BoolConst || !s.cond->as<tir::BoolConst>().value) return false;
      // while True without a break that leaves it
      std::function<bool(const tir::Block&)> has_break = [&](const tir::Block& blk) {
        for (auto& st : blk) {
          if (st->kind == tir::StmtKind::Break) return true;
          if (st->kind == tir::StmtKind::If) {
            auto& i = st->as<tir::If>();
            if (has_break(i.then) || has_break(i.orelse)) return true;
          }
          if (st->kind == tir::StmtKind::Try) {
            auto& t = st->as<tir::Try>();
            if (has_break(t.body) || has_break(t.handler) || has_break(t.orelse) || has_break(t.finalbody)) return true;
          }
        }
        return false;
      };
      return !has_break(s.body);
    }
    case tir::StmtKind::Try: {
      auto& t = last.as<tir::Try>();
      if (block_terminates(t.finalbody)) return true;
      bool body = block_terminates(t.body) || block_terminates(t.orelse);
      return body && (!t.has_handler || block_terminates(t.handler));
    }
    default:
      return false;
  }
}

}  // namespace mojoc::sema
