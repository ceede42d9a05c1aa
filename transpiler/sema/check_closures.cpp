// Closures, lambdas and functions as values.
//
//   def below(x: Int) {imm limit} -> Bool: ...   (nested in main)
//     ⟶ Function below (is_closure, body checked with main's names around it)
//        VarDecl below = ClosureExpr(below)          (C++: auto below = [&](...) {...};)
//   {var n}  / @__copy_capture(n)  ⟶ ClosureExpr.copies [n = Copy(n)]  (C++: [&, n = n])
//   @parameter / @__parameter def  ⟶ every outer name by (mutable) reference
//   lambda (x: Int) -> Int: x + k  ⟶ a closure whose body is `return x + k`
//   below(5)                       ⟶ Call(below, callee_value = LocalRef below)
//   inc (a top-level function)     ⟶ FuncRef inc : def(x: Int) thin -> Int
//   def(Int) thin -> Int           ⟶ FnType (C++: a function pointer)
//
// Inside a closure, an outer local is reached through the closure's view of
// it (a Local with `captured` set), created on first use with the
// convention the capture list (or the decorator, or the edition) gives.
#include <fmt/format.h>

#include <deque>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
Checker::CaptureKind kind_of(const ast::Capture& c) {
  switch (c.convention) {
    case ast::Convention::Mut: return Checker::CaptureKind::Mut;
    case ast::Convention::Owned: return c.transfer ? Checker::CaptureKind::Move : Checker::CaptureKind::Copy;
    case ast::Convention::Ref: return Checker::CaptureKind::Ref;
    default: return Checker::CaptureKind::Imm;
  }
}

bool has_decorator(const ast::FunctionDef& def, const char* a, const char* b = nullptr) {
  for (auto& d : def.decorators)
    if (d.name == a || (b && d.name == b)) return true;
  return false;
}
}  // namespace

bool Checker::owns_local(const tir::Function& f, const tir::Local* l) const {
  for (auto& x : f.locals)
    if (x.get() == l) return true;
  for (auto* p : f.params)
    if (p == l) return true;
  return false;
}

// The capture list of a closure: entries by name, at most one default.
void Checker::read_capture_list(ClosureInfo& ci, const std::vector<ast::Capture>& caps) {
  ci.has_list = true;
  for (auto& c : caps) {
    if (c.spelling == "read" && !mod->edition.legacy) {
      error(diag::Code::InvalidSyntax, c.span, "'read' was removed; use 'imm'");
      continue;
    }
    if (c.transfer && c.convention != ast::Convention::Owned && c.convention != ast::Convention::Default) {
      error(diag::Code::CannotTransfer, c.span, "'^' requires 'var' convention; write 'var x^' to move a capture");
      if (!c.name.empty()) ci.listed[c.name] = {kind_of(c), c.span};
      continue;
    }
    if (!c.name.empty()) {
      const Symbol* s = lookup(c.name);
      if (!s || (s->kind != Symbol::Kind::Local && s->kind != Symbol::Kind::Poisoned)) {
        error(diag::Code::UndefinedName, c.span, "reference to an unknown value: " + c.name);
        continue;
      }
      if (s->kind == Symbol::Kind::Local && c.convention == ast::Convention::Mut && !s->local->is_mutable) {
        error(diag::Code::ImmutableAssign, c.span,
              "register passible value '" + c.name + "' can not be captured by 'mut'. Do you mean 'imm'?");
        continue;
      }
    }
    if (c.name.empty()) {
      if (ci.default_kind) {
        error(diag::Code::InvalidCaptureList, c.span, "default capture convention was already specified; remove the duplicate");
        continue;
      }
      ci.default_kind = kind_of(c);
      continue;
    }
    if (ci.listed.count(c.name)) {
      error(diag::Code::InvalidCaptureList, c.span, "duplicate capture of '" + c.name + "'; remove the duplicate entry");
      continue;
    }
    CaptureKind k = c.transfer && c.convention == ast::Convention::Default ? CaptureKind::Move : kind_of(c);
    ci.listed[c.name] = {k, c.span};
  }
}

const Symbol* Checker::capture_symbol(const Symbol& outer_sym, const std::string& name) const {
  auto* self = const_cast<Checker*>(this);
  ClosureInfo& ci = self->closure_infos.at(fn);
  const tir::Local* outer = outer_sym.local;
  if (auto it = ci.alias.find(outer); it != ci.alias.end()) return &it->second;
  CaptureKind k = CaptureKind::Imm;
  bool ok = true;
  if (outer->type->kind == TypeKind::Closure) {
    k = CaptureKind::Imm;  // another nested function: called where it is, needs no convention
  } else if (ci.has_list) {
    if (auto it = ci.listed.find(name); it != ci.listed.end()) k = it->second.first;
    else if (ci.default_kind) k = *ci.default_kind;
    else ok = false;
  } else if (ci.parameter) {
    k = ci.copy_capture.count(name) ? CaptureKind::Copy : CaptureKind::Ref;
  } else if (ci.legacy_copy) {
    k = CaptureKind::LegacyCopy;
  } else if (!ci.lambda) {
    ok = false;
  }
  auto l = std::make_unique<tir::Local>();
  l->name = name;
  l->type = outer->type;
  l->span = outer->span;
  l->id = static_cast<int>(fn->locals.size());
  l->captured = outer;
  l->by_copy = k == CaptureKind::Copy || k == CaptureKind::Move || k == CaptureKind::LegacyCopy;
  l->is_mutable = k == CaptureKind::Mut || k == CaptureKind::LegacyCopy || (k == CaptureKind::Ref && outer->is_mutable);
  tir::Local* raw = l.get();
  fn->locals.push_back(std::move(l));
  ci.order.emplace_back(raw, k);
  if (!ok) ci.uninferred.insert(raw);
  if (!raw->by_copy) {
    fn->captured_refs.push_back(outer);
    // closures around this one reach it by reference too (C++ lambdas capture through each other)
    for (const tir::Function* o = ci.outer_fn; o && o->is_closure && !owns_local(*o, outer);
         o = closure_infos.count(o) ? closure_infos.at(o).outer_fn : nullptr)
      const_cast<tir::Function*>(o)->captured_refs.push_back(outer);
  }
  Symbol s = outer_sym;
  s.local = raw;
  return &(ci.alias[outer] = s);
}

// Reports a capture whose convention could not be inferred, at its first use.
bool Checker::check_capture_use(const tir::Local* l, const std::string& name, Span at) {
  if (!fn || !fn->is_closure) return true;
  auto it = closure_infos.find(fn);
  if (it == closure_infos.end() || !it->second.uninferred.count(l)) return true;
  it->second.uninferred.erase(l);
  error(diag::Code::UncapturedValue, at, "Could not infer capture convention of the captured value " + name)
      .with_help("list it in the closure's capture list: '{imm " + name + "}' to read it, '{mut " + name +
                 "}' to change it, '{var " + name + "}' to copy it");
  return false;
}

void Checker::check_nested_def(const ast::FunctionDef& def, tir::Block& out) {
  ClosureInfo ci;
  ci.parameter = has_decorator(def, "parameter", "__parameter");
  ci.legacy_copy = !ci.parameter && !def.has_capture_list && mod->edition.legacy;
  for (auto& d : def.decorators)
    if (d.name == "__copy_capture" && d.expr && d.expr->kind == ast::ExprKind::Call)
      for (auto& a : d.expr->as<ast::CallExpr>().args)
        if (a.value->kind == ast::ExprKind::Name) ci.copy_capture.insert(a.value->as<ast::NameExpr>().name);
  if (def.has_capture_list) read_capture_list(ci, def.captures);
  tir::Function* outer = fn;
  auto cf = build_closure(def, std::move(ci), def.name_span.valid() ? def.name_span : def.span, &def);
  if (!cf) {
    poison(*scope, def.name);
    return;
  }
  tir::Function* raw = cf.get();
  out.push_back(closure_decl(std::move(cf), def.name, def.name_span.valid() ? def.name_span : def.span, def.span, outer));
  if (raw->is_generic) remember_generic_closure(*raw, def, out.back()->as<tir::VarDecl>());
}

// The closure's function, its body checked with the enclosing names around
// it (null, reported, when it cannot be a closure).
std::unique_ptr<tir::Function> Checker::build_closure(const ast::FunctionDef& def, ClosureInfo ci, Span at,
                                                     const ast::FunctionDef* nested) {
  ci.outer_scope = scope;
  ci.outer_fn = fn;
  FunctionState saved = suspend_function();
  building_closure = true;
  auto cf = build_signature(*mod, def, nullptr);
  building_closure = false;
  cf->is_closure = true;
  cf->is_main = false;
  if (cf->is_generic) {
    resume_function(std::move(saved));
    if (!nested) {
      unsupported(at, "a lambda with compile-time parameters");
      return nullptr;
    }
    // checked per instance, where a call binds its parameters (check_closure_params.cpp)
    closure_parent[cf.get()] = ci.outer_scope;
    closure_infos[cf.get()] = std::move(ci);
    return cf;
  }
  closure_parent[cf.get()] = saved.scope;
  closure_infos[cf.get()] = std::move(ci);
  check_body(*mod, *cf, def);
  resume_function(std::move(saved));
  return cf;
}

// The closure value and the variable holding it (the lambda's own name for a
// nested def; a hidden one for a lambda).
tir::StmtPtr Checker::closure_decl(std::unique_ptr<tir::Function> cf, const std::string& name, Span name_span, Span span,
                                   tir::Function* outer) {
  ClosureInfo& ci = closure_infos.at(cf.get());
  // shown as Mojo shows a closure's type: `def(x: Int) -> Int`, a compile-time
  // closure `def(x: Int) capturing thin -> Int` (legacy `fn(x: Int) capturing -> Int`)
  bool legacy = mod->edition.legacy;
  std::string shown = legacy ? "fn(" : "def(";
  for (std::size_t i = 0; i < cf->params.size(); ++i)
    shown += (i ? ", " : "") + cf->params[i]->name + ": " + types::display(cf->params[i]->type);
  shown += ")";
  if (cf->raises) shown += " raises";
  if (ci.parameter) shown += legacy ? " capturing" : " capturing thin";
  if (cf->result != types::none()) shown += " -> " + types::display(cf->result);
  Type t = types::closure_type(cf.get(), shown);
  closure_types[cf.get()] = t;
  auto ce = closure_value(*cf, t, span);
  tir::Local* var = new_local(name, t, name_span);
  outer->closures.push_back(std::move(cf));
  return std::make_unique<tir::VarDecl>(span, var, ce);
}

// The closure as a value: what it copies in is evaluated where it is defined.
std::shared_ptr<tir::ClosureExpr> Checker::closure_value(const tir::Function& cf, Type t, Span span) {
  ClosureInfo& ci = closure_infos.at(&cf);
  auto ce = std::make_shared<tir::ClosureExpr>(t, span, &cf);
  for (auto& [inner, kind] : ci.order) {
    if (!inner->by_copy) continue;
    auto ref = std::make_shared<tir::LocalRef>(inner->captured, span);
    tir::ExprPtr init;
    if (kind == CaptureKind::Move) {
      init = std::make_shared<tir::Move>(span, ref);
      moved_at[inner->captured] = span;
      uninit.insert(inner->captured);
    } else {
      init = take(ref, span);
    }
    ce->copies.push_back({inner, init});
  }
  return ce;
}

tir::ExprPtr Checker::check_lambda(const ast::LambdaExpr& e) {
  if (!fn) {
    unsupported(e.span, "a lambda outside a function");
    return invalid(e.span);
  }
  for (auto& p : e.params)
    if (!p.type) {
      error(diag::Code::InvalidSyntax, p.span,
            "unparenthesized lambda arguments are not supported; write them in parentheses, with types, e.g. "
            "'lambda (x: Int) -> Int: x + 1'");
      return invalid(e.span);
    }
  // the lambda as a nested def whose body returns the expression
  auto def = std::make_shared<ast::FunctionDef>();
  def->name = "lambda";
  def->span = e.span;
  def->name_span = e.span;
  def->args = e.params;
  def->result = e.result_type;
  def->captures = e.captures;
  def->has_capture_list = e.has_capture_list;
  if (e.result_type) {
    auto r = std::make_shared<ast::ReturnStmt>();
    r->span = e.body->span;
    r->value = e.body;
    def->body.push_back(r);
  } else {
    auto s = std::make_shared<ast::ExprStmt>();
    s->span = e.body->span;
    s->expr = e.body;
    def->body.push_back(s);
  }
  lambda_defs.push_back(def);
  ClosureInfo ci;
  ci.lambda = true;
  if (e.has_capture_list) read_capture_list(ci, e.captures);
  tir::Function* outer = fn;
  auto cf = build_closure(*def, std::move(ci), e.span);
  if (!cf) return invalid(e.span);
  // without `-> T` a lambda returns None, so a value is an error
  if (!e.result_type && !cf->body.empty() && cf->body[0]->kind == tir::StmtKind::Expr) {
    Type t = cf->body[0]->as<tir::ExprStmt>().expr->type;
    if (t != types::none() && t->kind != TypeKind::Invalid)
      error(diag::Code::ReturnTypeMismatch,
            e.body->kind == ast::ExprKind::Binary ? e.body->as<ast::BinaryExpr>().op_span : e.body->span,
            "cannot implicitly convert '" + types::display(types::materialize(t)) + "' value to 'None' in return value")
          .with_help("declare the result: 'lambda (...) -> " + types::display(types::materialize(t)) + ": ...'");
  }
  // the closure lives in a hidden variable declared before the statement
  // that uses it (C++: an `auto` lambda), so calls reach it by name
  auto decl = closure_decl(std::move(cf), "", e.span, e.span, outer);
  const tir::Local* var = decl->as<tir::VarDecl>().local;
  const_cast<tir::Local*>(var)->name = "lambda_" + std::to_string(var->id);
  pending_stmts.push_back(std::move(decl));
  return std::make_shared<tir::LocalRef>(var, e.span);
}

// A function type: `def(Int, String) thin -> Int`, `def(Int) capturing -> Int`,
// legacy `fn(Int) -> Int` (thin) and `fn(Int) capturing -> Int`.
Type Checker::function_type(const ast::FnTypeExpr& e) {
  if (e.escaping && !mod->edition.legacy) {
    error(diag::Code::InvalidSyntax, find_after(e.span, "escaping"), "the 'escaping' function effect is no longer supported")
        .with_help("pass a closure as a compile-time parameter or through a 'def(...) -> T' bound");
    return types::invalid();
  }
  auto sig = std::make_unique<tir::Function>();
  sig->name = "__call__";
  sig->span = e.span;
  bool legacy = mod->edition.legacy;
  std::string shown = legacy ? "fn(" : "def(";
  for (std::size_t i = 0; i < e.params.size(); ++i) {
    Type t = e.params[i].type ? resolve_type(*e.params[i].type) : types::invalid();
    if (t->kind == TypeKind::Invalid) return t;
    auto l = std::make_unique<tir::Local>();
    l->name = e.params[i].name.empty() ? "arg" + std::to_string(i) : e.params[i].name;
    l->type = t;
    l->is_param = true;
    l->convention = e.params[i].convention;
    l->is_mutable = e.params[i].convention == ast::Convention::Mut || e.params[i].convention == ast::Convention::Owned;
    l->id = static_cast<int>(i);
    sig->params.push_back(l.get());
    sig->defaults.push_back(nullptr);
    sig->keyword_only.push_back(false);
    sig->locals.push_back(std::move(l));
    shown += (i ? ", " : "") + types::display(t);
  }
  sig->result = e.result ? resolve_type(*e.result) : types::none();
  if (sig->result->kind == TypeKind::Invalid) return sig->result;
  sig->raises = e.raises;
  // legacy `fn(Int) -> Int` is a thin pointer unless it says `capturing`
  bool thin = e.thin || (mod->edition.legacy && !e.capturing && !e.escaping);
  shown += ")";
  if (e.raises) shown += " raises";
  if (e.capturing) shown += " capturing";
  if (e.escaping) shown += " escaping";
  if (thin && !legacy) shown += " thin";
  if (sig->result != types::none()) shown += " -> " + types::display(sig->result);
  // an escaping function value is a run-time value like a thin one (legacy only)
  Type t = types::fn_type(shown, sig.get(), thin, e.capturing);
  if (e.escaping) const_cast<TypeInfo*>(t)->escaping = true;
  // a function type lives as long as the process (types are interned), so does its signature
  static std::deque<std::unique_ptr<tir::Function>> signatures;
  if (t->fn == sig.get()) signatures.push_back(std::move(sig));
  return t;
}

// Whether a callable (a closure, a function value) fits a function type.
bool Checker::callable_matches(Type callable, Type want) const {
  const tir::Function* a = callable->fn;
  const tir::Function* b = want->fn;
  if (!a || !b || a->params.size() != b->params.size()) return false;
  for (std::size_t i = 0; i < a->params.size(); ++i)
    if (a->params[i]->type != b->params[i]->type) return false;
  if (a->result != b->result) return false;
  if (a->raises && !b->raises) return false;
  return true;
}

// `inc` used as a value: the function's address, typed by its signature.
tir::ExprPtr Checker::function_value(const tir::Function* f, Span span) {
  std::string shown = "def(";
  for (std::size_t i = 0; i < f->params.size(); ++i)
    shown += (i ? ", " : "") + f->params[i]->name + ": " + types::display(f->params[i]->type);
  shown += ")";
  if (f->raises) shown += " raises";
  shown += " thin";
  if (f->result != types::none()) shown += " -> " + types::display(f->result);
  Type t = types::fn_type(shown, f, true, false);
  return std::make_shared<tir::FuncRef>(t, span, f);
}

// f(x) where f is a closure or a function value (or, in generic code, a
// parameter bounded by a function type).
tir::ExprPtr Checker::call_value(tir::ExprPtr callee, const ast::CallExpr& e, const std::string& name) {
  const tir::Function* sig = callee->type->fn;
  if (callee->type->kind == TypeKind::TypeParam) sig = callee->type->fn_bound ? callee->type->fn_bound->fn : nullptr;
  if (!sig) {
    error(diag::Code::NotCallable, call_paren(e), "'" + name + "' is not callable");
    return invalid(e.span);
  }
  std::vector<ArgIn> args;
  if (!check_args(e, args)) return invalid(e.span);
  bool lambda = callee->type->kind == TypeKind::Closure && sig->name == "lambda";
  auto r = resolve_call({const_cast<tir::Function*>(sig)}, lambda ? "" : "__call__", std::move(args), nullptr, e.span,
                        call_paren(e));
  if (r->kind == tir::ExprKind::Call) r->as<tir::Call>().callee_value = callee;
  return r;
}

}  // namespace mojoc::sema
