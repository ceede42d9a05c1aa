// Calls: overload resolution, keyword arguments, defaults, raising.
//
//   f(1, y=2.0)   with  def f(x: Int, y: Float64 = 0, z: Int = 3)
//                 ⟶ Call(f, [IntConst(1):Int, FloatConst(2.0):Float64, <default z>]) : result
//   g(x)          with overloads g(Int), g(Float64)  ⟶ Call(g#Int, [x])   (exact match wins;
//                 a literal prefers its default type: IntLiteral→Int over →Float64)
//   m.f(x)        (import m)  ⟶ Call(m::f, [x])
//   h()           where h raises  ⟶ Call(h, raises=true), checked against the context (E0507)
#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
struct ArgIn {
  std::string keyword;
  tir::ExprPtr value;
  Span span;
};

struct Match {
  bool ok = false;
  int cost = 0;
  std::vector<int> binding;  // param index → arg index, -1 = default
  // first failure, for the diagnostic
  enum class Fail { None, TooMany, UnknownKeyword, Duplicate, Missing, Convert } fail = Fail::None;
  int fail_arg = -1;
  int fail_param = -1;
};

Match match(const Checker& c, const tir::Function& f, const std::vector<ArgIn>& args) {
  Match m;
  m.binding.assign(f.params.size(), -2);
  std::size_t pos = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    int p = -1;
    if (args[i].keyword.empty()) {
      while (pos < f.params.size() && f.keyword_only[pos]) ++pos;
      if (pos >= f.params.size()) { m.fail = Match::Fail::TooMany; m.fail_arg = static_cast<int>(i); return m; }
      p = static_cast<int>(pos++);
    } else {
      for (std::size_t k = 0; k < f.params.size(); ++k)
        if (f.params[k]->name == args[i].keyword) p = static_cast<int>(k);
      if (p < 0) { m.fail = Match::Fail::UnknownKeyword; m.fail_arg = static_cast<int>(i); return m; }
      if (m.binding[p] != -2) { m.fail = Match::Fail::Duplicate; m.fail_arg = static_cast<int>(i); return m; }
    }
    m.binding[p] = static_cast<int>(i);
    int cost = c.conversion_cost(*args[i].value, f.params[p]->type);
    if (cost < 0) { m.fail = Match::Fail::Convert; m.fail_arg = static_cast<int>(i); m.fail_param = p; return m; }
    m.cost += cost;
  }
  for (std::size_t p = 0; p < f.params.size(); ++p) {
    if (m.binding[p] != -2) continue;
    if (!f.defaults[p]) { m.fail = Match::Fail::Missing; m.fail_param = static_cast<int>(p); return m; }
    m.binding[p] = -1;
  }
  m.ok = true;
  return m;
}
}  // namespace

tir::ExprPtr Checker::check_call(const ast::CallExpr& e) {
  const ast::Expr& callee = *e.callee;
  if (callee.kind == ast::ExprKind::Name) {
    const std::string& name = callee.as<ast::NameExpr>().name;
    const Symbol* s = lookup(name);
    if (s && s->kind == Symbol::Kind::Functions) return call_overloads(*s->functions, name, e);
    if (s && s->kind == Symbol::Kind::Local && s->local->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (s && (s->kind == Symbol::Kind::Local || s->kind == Symbol::Kind::Constant)) {
      error(diag::Code::NotCallable, call_paren(e), "'" + name + "' is not callable");
      return invalid(e.span);
    }
    if (s && s->kind == Symbol::Kind::Builtin) return check_builtin_call(s->builtin, e);
    if (s && s->kind == Symbol::Kind::Poisoned) {
      for (auto& a : e.args) check_expr(*a.value);
      return invalid(e.span);
    }
    if (!s) return check_builtin_call(name, e);
  }
  if (callee.kind == ast::ExprKind::Attribute) {
    auto& attr = callee.as<ast::AttributeExpr>();
    if (attr.object->kind == ast::ExprKind::Name) {
      const Symbol* s = lookup(attr.object->as<ast::NameExpr>().name);
      if (s && s->kind == Symbol::Kind::Module) {
        const Symbol* f = s->module->scope.lookup_local(attr.name);
        if (f && f->kind == Symbol::Kind::Functions) return call_overloads(*f->functions, attr.name, e);
        if (f && f->kind == Symbol::Kind::Builtin) return check_builtin_call(f->builtin, e);
        if (!f) {
          error(diag::Code::UnknownImportName, attr.name_span,
                "module '" + s->module->module_name + "' does not contain '" + attr.name + "'");
          return invalid(e.span);
        }
        error(diag::Code::NotCallable, callee.span, "'" + attr.name + "' is not callable");
        return invalid(e.span);
      }
    }
    return check_method_call(attr, e);
  }
  if (callee.kind == ast::ExprKind::Subscript) {
    unsupported(callee.span, "call with compile-time parameters");
    return invalid(e.span);
  }
  auto v = check_expr(callee);
  if (v->type->kind != TypeKind::Invalid) error(diag::Code::NotCallable, callee.span);
  return invalid(e.span);
}

tir::ExprPtr Checker::call_overloads(const std::vector<tir::Function*>& fns, const std::string& name,
                                     const ast::CallExpr& e) {
  std::vector<ArgIn> args;
  bool bad = false;
  for (auto& a : e.args) {
    if (a.star != ast::Argument::Star::None) {
      unsupported(a.span, "argument unpacking");
      return invalid(e.span);
    }
    ArgIn in{a.keyword, check_expr(*a.value), arg_span(a)};
    if (in.value->type->kind == TypeKind::Invalid) bad = true;
    args.push_back(std::move(in));
  }
  if (bad) return invalid(e.span);
  const tir::Function* best = nullptr;
  Match best_match;
  bool ambiguous = false;
  std::vector<Match> matches;
  for (auto* f : fns) {
    Match m = match(*this, *f, args);
    matches.push_back(m);
    if (!m.ok) continue;
    if (!best || m.cost < best_match.cost) {
      best = f;
      best_match = m;
      ambiguous = false;
    } else if (m.cost == best_match.cost) {
      ambiguous = true;
    }
  }
  if (!best) {
    if (fns.size() == 1) {
      const tir::Function& f = *fns[0];
      const Match& m = matches[0];
      std::string head = "invalid call to '" + name + "': ";
      diag::Diagnostic* d = nullptr;
      switch (m.fail) {
        case Match::Fail::TooMany:
          d = &error(diag::Code::WrongArgumentCount, args[m.fail_arg].value->span,
                     head + "expected at most " + std::to_string(f.params.size()) + " positional argument" +
                         (f.params.size() == 1 ? "" : "s") + ", got " + std::to_string(args.size()));
          break;
        case Match::Fail::UnknownKeyword:
          d = &error(diag::Code::UnknownKeyword, args[m.fail_arg].span,
                     head + "unknown keyword argument '" + args[m.fail_arg].keyword + "'");
          break;
        case Match::Fail::Duplicate:
          d = &error(diag::Code::DuplicateArgument, args[m.fail_arg].span,
                     head + "argument '" + args[m.fail_arg].keyword + "' was given more than once");
          break;
        case Match::Fail::Missing:
          d = &error(diag::Code::MissingArgument, call_paren(e),
                     head + "missing 1 required positional argument: '" + f.params[m.fail_param]->name + "'");
          break;
        case Match::Fail::Convert:
        case Match::Fail::None:
          d = &error(diag::Code::TypeMismatch, args[m.fail_arg].value->span,
                     head + "value passed to '" + f.params[m.fail_param]->name + "' cannot be converted from '" +
                         types::display(types::materialize(args[m.fail_arg].value->type)) + "' to '" +
                         types::display(f.params[m.fail_param]->type) + "'");
          break;
      }
      d->note(f.span, "function declared here");
      return invalid(e.span);
    }
    auto& d = error(diag::Code::NoMatchingOverload, args.empty() ? call_paren(e) : args[0].span, "no matching function in call to '" + name + "'");
    for (auto* f : fns) d.note(f->span, "candidate not viable");
    return invalid(e.span);
  }
  if (ambiguous) {
    auto& d = error(diag::Code::AmbiguousCall, call_paren(e), "ambiguous call to '" + name + "'");
    for (std::size_t i = 0; i < fns.size(); ++i)
      if (matches[i].ok && matches[i].cost == best_match.cost) d.note(fns[i]->span, "candidate function");
    return invalid(e.span);
  }
  auto call = std::make_shared<tir::Call>(best, best->result, e.span);
  for (std::size_t p = 0; p < best->params.size(); ++p) {
    int ai = best_match.binding[p];
    const tir::Local& param = *best->params[p];
    if (ai < 0) {
      call->args.push_back(best->defaults[p]);
      continue;
    }
    auto v = coerce(args[ai].value, param.type);
    if (param.convention == ast::Convention::Mut) {
      bool ok = v->kind == tir::ExprKind::LocalRef && v->as<tir::LocalRef>().local->is_mutable;
      if (!ok) {
        error(diag::Code::ImmutableAssign, args[ai].span,
              "invalid call to '" + name + "': argument passed to 'mut' parameter '" + param.name +
                  "' must be a mutable variable");
        return invalid(e.span);
      }
    }
    call->args.push_back(v);
  }
  call->raises = best->raises;
  if (best->raises) check_raise_allowed(call_paren(e), true);
  return call;
}

}  // namespace mojoc::sema
