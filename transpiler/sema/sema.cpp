// sema::check(): builds the Checker, runs it, and hands back the typed tree
// (or null when any error was reported).  Also the checker's small shared
// helpers: scopes, locals, diagnostics, raising contexts.
#include "sema/sema.hpp"

#include "sema/checker.hpp"

#include <functional>
#include <utility>

namespace mojoc::sema {

std::unique_ptr<tir::Program> check(std::shared_ptr<ast::Module> root, SourceManager& sources,
                                    diag::DiagEngine& diags, const SemaOptions& options) {
  if (!root) return nullptr;
  Checker c(sources, diags, options);
  auto prog = c.run(std::move(root));
  if (diags.has_errors()) return nullptr;
  return prog;
}

Checker::Checker(SourceManager& s, diag::DiagEngine& d, const SemaOptions& o)
    : sources(s), diags(d), options(o), program(std::make_unique<tir::Program>()) {}

std::unique_ptr<tir::Program> Checker::run(std::shared_ptr<ast::Module> root) {
  std::string path = sources.get(root->file).path;
  ModuleInfo* m = load_module(std::move(root), path);
  if (!m) return nullptr;
  program->root = m->module;
  program->legacy_float_format = m->edition.legacy_float_format;
  program->legacy_edition = m->edition.legacy;
  // Every function needs a body; modules were declared while loading.
  // (by index: checking a body may load a prelude module, which joins the list)
  for (std::size_t i = 0; i < modules.size(); ++i)
    if (!modules[i]->builtin) check_module_bodies(*modules[i]);
  check_pending_instances();
  // main must exist in the root
  bool has_main = false;
  for (auto& f : m->module->functions) has_main |= f->name == "main";
  if (!has_main && !options.library_mode)
    error(diag::Code::MissingMain, Span{m->module->file, 0, 0, 1, 1}, "program has no 'main' function");
  // Modules in dependency order: a module is appended once its imports are.
  std::vector<std::unique_ptr<tir::Module>> ordered;
  for (auto& mp : program->modules) ordered.push_back(std::move(mp));
  program->modules.clear();
  std::vector<tir::Module*> done;
  std::function<void(tir::Module*)> visit;
  std::vector<std::unique_ptr<tir::Module>>* pool = &ordered;
  visit = [&](tir::Module* x) {
    for (auto* d : done) if (d == x) return;
    done.push_back(x);
    for (auto* dep : x->imports) visit(const_cast<tir::Module*>(dep));
    for (auto& up : *pool)
      if (up.get() == x) program->modules.push_back(std::move(up));
  };
  visit(program->root);
  for (auto& up : ordered)
    if (up) program->modules.push_back(std::move(up));
  return std::move(program);
}

// ------------------------------------------------------------ function state

Checker::FunctionState Checker::suspend_function() {
  FunctionState s;
  s.mod = mod;
  s.fn = fn;
  s.scope = scope;
  s.loop_depth = std::exchange(loop_depth, 0);
  s.raise_ctx = std::move(raise_ctx);
  s.handling = std::move(handling);
  s.uninit = std::move(uninit);
  s.hoisted = std::move(hoisted);
  s.moved_at = std::move(moved_at);
  s.temp_owner = std::exchange(temp_owner, nullptr);
  s.uninit_fields = std::move(uninit_fields);
  s.assigning_field = std::exchange(assigning_field, false);
  s.field_base = std::exchange(field_base, false);
  s.in_place_op = std::exchange(in_place_op, false);
  s.ref_result_call = std::exchange(ref_result_call, false);
  s.in_comptime_for = std::exchange(in_comptime_for, false);
  s.call_parens = std::move(call_parens);
  s.transfer_at = std::exchange(transfer_at, Span{});
  s.raise_types = std::move(raise_types);
  s.cur_struct = cur_struct;
  s.trait_self = trait_self;
  s.checking_instance = checking_instance;
  s.explicit_params = std::move(explicit_params);
  s.pending_stmts = std::move(pending_stmts);
  raise_ctx.clear(); handling.clear(); uninit.clear(); hoisted.clear(); moved_at.clear(); uninit_fields.clear();
  call_parens.clear(); raise_types.clear(); explicit_params.clear(); pending_stmts.clear();
  return s;
}

void Checker::resume_function(FunctionState&& s) {
  mod = s.mod;
  fn = s.fn;
  scope = s.scope;
  loop_depth = s.loop_depth;
  raise_ctx = std::move(s.raise_ctx);
  handling = std::move(s.handling);
  uninit = std::move(s.uninit);
  hoisted = std::move(s.hoisted);
  moved_at = std::move(s.moved_at);
  temp_owner = s.temp_owner;
  uninit_fields = std::move(s.uninit_fields);
  assigning_field = s.assigning_field;
  field_base = s.field_base;
  in_place_op = s.in_place_op;
  ref_result_call = s.ref_result_call;
  in_comptime_for = s.in_comptime_for;
  call_parens = std::move(s.call_parens);
  transfer_at = s.transfer_at;
  raise_types = std::move(s.raise_types);
  cur_struct = s.cur_struct;
  trait_self = s.trait_self;
  checking_instance = s.checking_instance;
  explicit_params = std::move(s.explicit_params);
  pending_stmts = std::move(s.pending_stmts);
}

// ------------------------------------------------------------ scopes

void Checker::push_scope() {
  scope_stack.push_back(std::make_unique<Scope>(scope));
  scope = scope_stack.back().get();
}

void Checker::pop_scope() {
  scope = scope->parent();
  scope_stack.pop_back();
}

tir::Local* Checker::new_local(const std::string& name, Type t, Span span) {
  auto l = std::make_unique<tir::Local>();
  l->name = name;
  l->type = t;
  l->span = span;
  l->id = static_cast<int>(fn->locals.size());
  tir::Local* raw = l.get();
  fn->locals.push_back(std::move(l));
  if (!name.empty()) {
    Symbol s;
    s.kind = Symbol::Kind::Local;
    s.local = raw;
    s.span = span;
    scope->define(name, s);
  }
  return raw;
}

const Symbol* Checker::lookup(const std::string& name) const {
  if (scope)
    if (auto* s = scope->lookup(name)) {
      // inside a closure, an outer local is reached through the closure's view of it
      if (s->kind == Symbol::Kind::Local && fn && fn->is_closure && !owns_local(*fn, s->local))
        return capture_symbol(*s, name);
      return s;
    }
  if (const Symbol* s = mod->scope.lookup(name)) return s;
  return const_cast<Checker*>(this)->prelude_symbol(name);  // prelude.cpp: loads on first use
}

// ------------------------------------------------------------ diagnostics

diag::Diagnostic& Checker::error(diag::Code c, Span s, std::string msg) {
  // The catalog title leads the message, so users (and tests) can grep for it.
  std::string title(diag::info(c).title);
  if (!msg.empty() && msg.find(title) == std::string::npos) msg = title + ": " + msg;
  diag::Diagnostic& d = diags.error(c, s, std::move(msg));
  if (checking_instance) add_instance_notes(d);
  return d;
}

Span Checker::find_after(Span from, const std::string& text) const {
  if (!from.valid()) return from;
  const std::string& src = sources.get(from.file).text;
  std::size_t at = src.find(text, from.begin);
  if (at == std::string::npos) return from;
  Span s = point(from.file, static_cast<std::uint32_t>(at));
  s.end = static_cast<std::uint32_t>(at + text.size());
  return s;
}

Span Checker::find_before(Span value, const std::string& text) const {
  if (!value.valid()) return value;
  const std::string& src = sources.get(value.file).text;
  std::size_t at = src.rfind(text, value.begin);
  if (at == std::string::npos) return value;
  Span s = point(value.file, static_cast<std::uint32_t>(at));
  s.end = static_cast<std::uint32_t>(at + text.size());
  return s;
}

Span Checker::line_start(Span s) const {
  if (!s.valid()) return s;
  const SourceFile& f = sources.get(s.file);
  return point(s.file, s.line - 1 < f.line_starts.size() ? f.line_starts[s.line - 1] : s.begin);
}

Span Checker::call_paren(const ast::CallExpr& e) const {
  // search from the callee's start: its end offset is not reliable for every callee kind
  Span s = find_after(point(e.callee->span.file, e.callee->span.begin), "(");
  return s.begin < e.span.end || !e.span.end ? s : e.span;
}

Span Checker::arg_span(const ast::Argument& a) const {
  return expr_loc(*a.value);  // Mojo points at the value, also for keyword arguments
}

// Where Mojo locates an expression in a diagnostic: a call at its '(', a
// field access at its '.', anything else at its start.
Span Checker::expr_loc(const ast::Expr& e) const {
  if (e.kind == ast::ExprKind::Call) return call_paren(e.as<ast::CallExpr>());
  if (e.kind == ast::ExprKind::Attribute) {
    auto& a = e.as<ast::AttributeExpr>();
    return find_before(a.name_span.valid() ? a.name_span : e.span, ".");
  }
  return e.span;
}

diag::Diagnostic& Checker::unsupported(Span s, const std::string& what) {
  return diags.error(diag::Code::NotSupportedYet, s, what + " is not supported yet");
}

Span Checker::point(std::uint32_t file, std::uint32_t offset) const {
  const SourceFile& f = sources.get(file);
  Span s;
  s.file = file;
  s.begin = offset;
  s.end = offset + 1;
  // line: last line start <= offset
  std::uint32_t line = 0;
  for (std::uint32_t i = 0; i < f.line_starts.size(); ++i)
    if (f.line_starts[i] <= offset) line = i;
  s.line = line + 1;
  std::uint32_t col = 1;
  for (std::uint32_t i = f.line_starts.empty() ? 0 : f.line_starts[line]; i < offset && i < f.text.size(); ++i)
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) ++col;
  s.col = col;
  return s;
}

bool Checker::can_raise() const {
  for (auto it = raise_ctx.rbegin(); it != raise_ctx.rend(); ++it)
    if (*it) return true;
  return fn && fn->raises;
}

void Checker::check_raise_allowed(Span at, bool is_call, Type err) {
  auto name = [](Type t) { return t ? types::display(t) : std::string("Error"); };
  for (std::size_t i = raise_ctx.size(); i-- > 0;) {
    if (!raise_ctx[i]) continue;
    // caught by this try: its handler binds one error type
    if (raise_types.size() == raise_ctx.size()) {
      if (!raise_types[i]) raise_types[i] = err ? err : types::error();
      else if (raise_types[i] != (err ? err : types::error()))
        unsupported(at, "a try body that raises both '" + name(raise_types[i]) + "' and '" + name(err) + "'");
    }
    return;
  }
  if (can_raise()) {
    if (fn && fn->error_type != err)
      error(diag::Code::UnhandledRaise, at,
            std::string(is_call ? "cannot call function that may raise '" : "cannot raise '") + name(err) +
                "' in context that supports an error type of '" + name(fn->error_type) + "'")
          .with_help("catch it with 'try', or declare the function 'raises " + name(err) + "'");
    return;
  }
  if (is_call) {
    auto& d = error(diag::Code::UnhandledRaise, at);
    d.note(at, "try surrounding the call in a 'try' block");
    if (fn) d.note(fn->span, "or mark surrounding function as 'raises'");
  } else {
    auto& d = error(diag::Code::RaiseInNonRaising, at);
    if (fn) d.note(fn->span, "mark surrounding function as 'raises'");
  }
}

tir::ExprPtr Checker::invalid(Span s) {
  auto b = std::make_shared<tir::BoolConst>(s, false);
  b->type = types::invalid();
  return b;
}

std::string cmp_spelling(tir::OpKind k) {
  switch (k) {
    case tir::OpKind::Eq: return "==";
    case tir::OpKind::Ne: return "!=";
    case tir::OpKind::Lt: return "<";
    case tir::OpKind::Le: return "<=";
    case tir::OpKind::Gt: return ">";
    case tir::OpKind::Ge: return ">=";
    default: return "?";
  }
}

}  // namespace mojoc::sema
