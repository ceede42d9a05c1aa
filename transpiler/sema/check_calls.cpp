// Calls: overload resolution, keyword arguments, defaults, raising.
//
//   f(1, y=2.0)   with  def f(x: Int, y: Float64 = 0, z: Int = 3)
//                 ⟶ Call(f, [IntConst(1):Int, FloatConst(2.0):Float64, <default z>]) : result
//   g(x)          with overloads g(Int), g(Float64)  ⟶ Call(g#Int, [x])   (exact match wins;
//                 a literal prefers its default type: IntLiteral→Int over →Float64)
//   m.f(x)        (import m)  ⟶ Call(m::f, [x])
//   h()           where h raises  ⟶ Call(h, raises=true), checked against the context (E0507)
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {

struct Match {
  bool ok = false;
  int cost = 0;
  std::vector<int> binding;  // param index → arg index, -1 = default
  // first failure, for the diagnostic
  enum class Fail { None, TooMany, UnknownKeyword, Duplicate, Missing, Convert, Bound } fail = Fail::None;
  int fail_arg = -1;
  int fail_param = -1;
  Type want = nullptr;
  std::vector<int> rest;  // the arguments a variadic parameter takes (binding -5)
  std::vector<Type> pack_types;  // `*args: *Ts`: their types
  std::vector<int> kw_rest;      // the keyword arguments `**opts` takes (binding -6)
  bool at_value = false;         // report the failure at the argument's value
  bool at_keyword = false;       // ... at its keyword
};

// The type a parameter has at this call: a type parameter becomes what the
// arguments bound it to (`def f[T: Tr](x: T)` called with a P: T = P).
Type bound_type(Type t, const std::map<Type, Type>& subst) {
  auto it = subst.find(t);
  return it == subst.end() ? t : it->second;
}

// Adds what converting argument i to `want` costs; false (m records why) when it cannot be.
bool convert_cost(const Checker& c, Match& m, const std::vector<ArgIn>& args, std::size_t i, int p, Type want) {
  int cost = c.conversion_cost(*args[i].value, want);
  if (cost < 0) {
    m.fail = Match::Fail::Convert;
    m.fail_arg = static_cast<int>(i);
    m.fail_param = p;
    m.want = want;
    return false;
  }
  m.cost += cost;
  return true;
}

// SIMD[dt, w] (open, in a generic signature) given a concrete vector or
// scalar: binds dt and w, consistently with what earlier arguments bound.
bool unify_simd(Type want, Type got, std::map<Type, Type>& subst) {
  if (!sema::types::is_simd_like(got) || (sema::types::is_simd(got) && got->symbolic)) return false;
  Type lane = sema::types::lane_type(got);
  int width = sema::types::lane_count(got);
  if (want->elem && want->elem != lane) return false;
  if (want->width && want->width != width) return false;
  for (auto& [k, v] : subst) {
    if (!sema::types::is_simd(k) || !k->symbolic) continue;
    if (want->dtype_param && k->dtype_param && std::string(k->dtype_param) == want->dtype_param &&
        sema::types::lane_type(v) != lane)
      return false;
    if (want->width_param && k->width_param && *want->width_param && std::string(k->width_param) == want->width_param &&
        sema::types::lane_count(v) != width)
      return false;
  }
  subst[want] = got;
  return true;
}

// SIMD[dt, 1] for a literal argument, once an earlier argument bound dt (and w).
Type resolve_simd(Type want, const std::map<Type, Type>& subst) {
  Type lane = want->elem;
  int width = want->width;
  for (auto& [k, v] : subst) {
    if (!sema::types::is_simd(k) || !k->symbolic) continue;
    if (!lane && want->dtype_param && k->dtype_param && std::string(k->dtype_param) == want->dtype_param)
      lane = sema::types::lane_type(v);
    if (!width && want->width_param && k->width_param && *want->width_param && std::string(k->width_param) == want->width_param)
      width = sema::types::lane_count(v);
  }
  return lane && width ? sema::types::simd_of(lane, width) : want;
}

Match match(const Checker& c, const tir::Function& f, const std::vector<ArgIn>& args, std::size_t first,
            std::map<Type, Type>& subst) {
  Match m;
  m.binding.assign(f.params.size(), -2);
  for (std::size_t p = 0; p < first; ++p) m.binding[p] = -3;  // the receiver
  std::size_t pos = first;
  for (std::size_t i = 0; i < args.size(); ++i) {
    int p = -1;
    if (args[i].keyword.empty()) {
      while (pos < f.params.size() && f.keyword_only[pos]) ++pos;
      if (pos >= f.params.size()) { m.fail = Match::Fail::TooMany; m.fail_arg = static_cast<int>(i); return m; }
      p = static_cast<int>(pos);
      if (f.params[pos]->is_variadic && !args[i].spread && f.params[pos]->type->kind == TypeKind::Pack) {
        // `*args: *Ts`: each argument brings its own type, which must meet Ts's bounds
        Type elem = f.params[pos]->type->elem;
        Type got = sema::types::materialize(args[i].value->type);
        for (auto* bound : elem->bounds)
          if (!c.conforms(got, bound)) {
            m.fail = Match::Fail::Bound;
            m.fail_arg = static_cast<int>(i);
            m.fail_param = p;
            m.want = elem;
            return m;
          }
        m.binding[p] = -5;
        m.rest.push_back(static_cast<int>(i));
        m.pack_types.push_back(got);
        continue;
      }
      if (f.params[pos]->is_variadic && !args[i].spread) {
        // `*values: T` takes this and every later positional argument
        if (!convert_cost(c, m, args, i, p, f.params[pos]->type->elem)) return m;
        m.binding[p] = -5;
        m.rest.push_back(static_cast<int>(i));
        continue;
      }
      ++pos;
    } else {
      for (std::size_t k = first; k < f.params.size(); ++k)
        if (f.params[k]->name == args[i].keyword && !f.params[k]->is_kwargs) p = static_cast<int>(k);
      if (p < 0)
        for (std::size_t k = first; k < f.params.size(); ++k)
          if (f.params[k]->is_kwargs) {
            // `**opts` takes a keyword no parameter names
            for (int j : m.kw_rest)
              if (args[j].keyword == args[i].keyword) {
                m.fail = Match::Fail::Duplicate;
                m.fail_arg = static_cast<int>(i);
                m.at_keyword = true;
                return m;
              }
            m.at_value = true;
            if (!convert_cost(c, m, args, i, static_cast<int>(k), f.params[k]->type->elem)) return m;
            m.at_value = false;
            m.binding[k] = -6;
            m.kw_rest.push_back(static_cast<int>(i));
            p = -2;
            break;
          }
      if (p == -2) continue;
      if (p < 0) { m.fail = Match::Fail::UnknownKeyword; m.fail_arg = static_cast<int>(i); return m; }
      if (m.binding[p] != -2) { m.fail = Match::Fail::Duplicate; m.fail_arg = static_cast<int>(i); return m; }
    }
    m.binding[p] = static_cast<int>(i);
    Type want = f.params[p]->type;
    if (args[i].spread && want->kind == TypeKind::Pack && args[i].value->type->kind == TypeKind::Pack) {
      subst[want->elem] = args[i].value->type->elem;  // generic code forwarding its pack
      continue;
    }
    if (want->kind == TypeKind::TypeParam) {
      // infer the type parameter from the argument; it must satisfy the bound
      Type got = sema::types::materialize(args[i].value->type);
      auto it = subst.find(want);
      if (it == subst.end() && want->fn_bound && got->kind == TypeKind::FnType &&
          args[i].value->kind != tir::ExprKind::FuncRef) {
        // a thin function value held in a variable is not an instance of F
        m.fail = Match::Fail::Convert;
        m.fail_arg = static_cast<int>(i);
        m.fail_param = p;
        m.want = want;
        return m;
      }
      if (it == subst.end() && want->fn_bound &&
          !(sema::types::is_callable(got) && c.callable_matches(got, want->fn_bound)) &&
          !(got->kind == TypeKind::TypeParam && got->fn_bound == want->fn_bound)) {
        m.fail = Match::Fail::Bound;
        m.fail_arg = static_cast<int>(i);
        m.fail_param = p;
        return m;
      }
      if (it == subst.end()) {
        for (auto* bound : want->bounds)
          if (!c.conforms(got, bound)) { m.fail = Match::Fail::Bound; m.fail_arg = static_cast<int>(i); m.fail_param = p; return m; }
        subst[want] = got;
      }
      want = subst[want];
    } else if (sema::types::is_simd(want) && want->symbolic) {
      Type got = sema::types::materialize(args[i].value->type);
      if (!sema::types::is_literal(args[i].value->type) && unify_simd(want, got, subst)) {
        if (!sema::types::is_simd(got)) m.cost += 1;  // a scalar prefers a scalar overload: sqrt(Float64)
        want = got;
      }
      else if (sema::types::is_literal(args[i].value->type)) want = resolve_simd(want, subst);
      else if (!(sema::types::is_simd(got) && got->symbolic)) {
        m.fail = Match::Fail::Convert;
        m.fail_arg = static_cast<int>(i);
        m.fail_param = p;
        m.want = want;
        return m;
      }
    } else if (sema::types::is_struct(want) && want->decl->is_generic && want->decl->instance_of) {
      // Grid[n, T] (open) given a Grid[3, Int]: binds n and T
      Type got = sema::types::materialize(args[i].value->type);
      if (sema::types::is_struct(got) && got != want && got->decl->instance_of == want->decl->instance_of) {
        bool same = true;
        auto& wv = want->decl->param_values;
        auto& gv = got->decl->param_values;
        for (std::size_t k = 0; k < wv.size() && k < gv.size(); ++k) {
          if (Checker::is_symbolic(wv[k])) {
            if (wv[k].type) {
              auto it = subst.find(wv[k].type);
              if (it != subst.end() && it->second != gv[k].type) same = false;
              else subst[wv[k].type] = gv[k].type;
            }
            continue;
          }
          same = same && Checker::param_key({wv[k]}) == Checker::param_key({gv[k]});
        }
        if (same) {
          subst[want] = got;
          want = got;
        }
      }
    }
    int cost = c.conversion_cost(*args[i].value, want);
    if (cost < 0) {
      m.fail = Match::Fail::Convert;
      m.fail_arg = static_cast<int>(i);
      m.fail_param = p;
      m.want = want;  // a type parameter as the earlier arguments bound it
      return m;
    }
    m.cost += cost;
  }
  for (std::size_t p = first; p < f.params.size(); ++p) {
    if (m.binding[p] != -2) continue;
    if (f.params[p]->is_variadic) {
      m.binding[p] = -5;  // no arguments: an empty pack
      continue;
    }
    if (f.params[p]->is_kwargs) {
      m.binding[p] = -6;  // no extra keywords
      continue;
    }
    if (!f.defaults[p]) { m.fail = Match::Fail::Missing; m.fail_param = static_cast<int>(p); return m; }
    m.binding[p] = -1;
  }
  m.ok = true;
  return m;
}
}  // namespace

tir::ExprPtr Checker::check_call(const ast::CallExpr& e) {
  call_parens.push_back(call_paren(e));
  auto r = check_call_inner(e);
  call_parens.pop_back();
  return r;
}

tir::ExprPtr Checker::check_call_inner(const ast::CallExpr& e) {
  const ast::Expr& callee = *e.callee;
  if (callee.kind == ast::ExprKind::Name) {
    const std::string& name = callee.as<ast::NameExpr>().name;
    const Symbol* s = lookup(name);
    if (s && s->kind == Symbol::Kind::Functions) return call_overloads(*s->functions, name, e);
    if (s && s->kind == Symbol::Kind::Struct) return construct(s->strukt, e);
    if (name == "Self" && cur_struct && !s) {
      // Self(...) in a generic struct whose fields are SIMD[Self.dt, w]: the
      // value parameters cannot be inferred from symbolic vectors; the
      // instances check it with dt bound
      if (cur_struct->decl->is_generic && !cur_struct->decl->instance_of && in_generic_body()) {
        bool simd_arg = false;
        std::vector<tir::ExprPtr> xs;
        for (auto& a : e.args) {
          xs.push_back(check_expr(*a.value));
          simd_arg |= types::is_simd(xs.back()->type) && xs.back()->type->symbolic;
        }
        if (simd_arg) return symbolic_value(cur_struct->decl->type, e.span);
      }
      return construct(cur_struct->decl, e);
    }
    if (s && s->kind == Symbol::Kind::TypeName) {
      // T() / T(x) in an instance: T names a concrete type
      if (types::is_struct(s->type)) return construct(const_cast<tir::Struct*>(s->type->decl), e);
      if (types::is_simd(s->type)) return simd_construct(s->type, e);
      return check_builtin_call(types::display(s->type), e);
    }
    if (s && s->kind == Symbol::Kind::TypeParam) {
      // T() with T: Defaultable: the bound's constructor, on the actual type
      std::vector<tir::Function*> inits;
      for (auto* b : s->type->bounds)
        if (auto* f = trait_method(b, "__init__")) inits.push_back(const_cast<tir::Function*>(f));
      if (!inits.empty()) {
        std::vector<ArgIn> args;
        if (!check_args(e, args)) return invalid(e.span);
        auto call = resolve_call(inits, name, std::move(args), nullptr, e.span, call_paren(e), /*is_init=*/true);
        if (call->kind == tir::ExprKind::Call) {
          call->type = s->type;
          call->as<tir::Call>().type_args = {s->type};
        }
        return call;
      }
    }
    if (s && (s->kind == Symbol::Kind::Trait || s->kind == Symbol::Kind::TypeParam)) {
      error(diag::Code::NotCallable, call_paren(e), "'" + name + "' cannot be constructed here");
      return invalid(e.span);
    }
    if (s && s->kind == Symbol::Kind::Local && s->local->type->kind == TypeKind::Invalid) return invalid(e.span);
    // f(x) on a closure or function value, or on `f: F` with F bounded by a function type
    if (s && s->kind == Symbol::Kind::Local &&
        (types::is_callable(s->local->type) || (s->local->type->kind == TypeKind::TypeParam && s->local->type->fn_bound))) {
      const tir::Local* root = s->local;
      while (root->captured) root = root->captured;
      if (auto g = generic_closures.find(root); g != generic_closures.end()) {
        // parameters inferred from the arguments: only explicit ones (body[4](i)) so far
        unsupported(g->second.def->name_span.valid() ? g->second.def->name_span : g->second.def->span,
                    "a nested function with compile-time parameters inferred at the call");
        return invalid(e.span);
      }
      auto callee_v = check_name(callee.as<ast::NameExpr>());
      if (callee_v->type->kind == TypeKind::Invalid) return invalid(e.span);
      return call_value(callee_v, e, name);
    }
    if (s && s->kind == Symbol::Kind::Local && (types::is_struct(s->local->type) || s->local->type->kind == TypeKind::TypeParam)) {
      // f(x) on a struct value: its __call__
      auto recv = check_name(callee.as<ast::NameExpr>());
      if (find_methods(recv->type, "__call__")) return call_method(recv, *find_methods(recv->type, "__call__"), "__call__", e, callee.span);
      error(diag::Code::NotCallable, call_paren(e), "'" + name + "' is not callable: '" + types::display(recv->type) +
                                                        "' does not implement the '__call__' method");
      return invalid(e.span);
    }
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
        if (f && f->kind == Symbol::Kind::Struct) return construct(f->strukt, e);
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
  if (callee.kind == ast::ExprKind::Subscript) return check_parametric_call(callee.as<ast::SubscriptExpr>(), e);
  auto v = check_expr(callee);
  if (types::is_callable(v->type)) return call_value(v, e, "");  // pick()(5): a function value returned
  if (v->type->kind != TypeKind::Invalid) error(diag::Code::NotCallable, callee.span);
  return invalid(e.span);
}

tir::ExprPtr Checker::call_overloads(const std::vector<tir::Function*>& fns, const std::string& name,
                                     const ast::CallExpr& e) {
  std::vector<ArgIn> args;
  if (!check_args(e, args)) return invalid(e.span);
  return resolve_call(fns, name, std::move(args), nullptr, e.span, call_paren(e));
}

bool Checker::check_args(const ast::CallExpr& e, std::vector<ArgIn>& args) {
  bool bad = false;
  for (auto& a : e.args) {
    if (a.star == ast::Argument::Star::Double || (a.star == ast::Argument::Star::Single && mod->edition.legacy)) {
      error(diag::Code::NotSupportedYet, find_before(a.value->span, "*"),
            "unpacked arguments are not supported yet");  // as 0.25.6 says
      return false;
    }
    ArgIn in{a.keyword, check_expr(*a.value), arg_span(a)};
    if (a.star == ast::Argument::Star::Single && in.value->kind == tir::ExprKind::LocalRef) {
      // show(*args) in an instance: the pack's arguments, one by one
      auto pe = pack_elements.find(in.value->as<tir::LocalRef>().local);
      if (pe != pack_elements.end()) {
        for (const tir::Local* l : pe->second) args.push_back(ArgIn{"", std::make_shared<tir::LocalRef>(l, a.value->span), arg_span(a)});
        continue;
      }
    }
    if (a.star == ast::Argument::Star::Single) {
      if (in.value->type->kind != TypeKind::Variadic && in.value->type->kind != TypeKind::Pack &&
          in.value->type->kind != TypeKind::Invalid) {
        unsupported(a.span, "unpacking a '" + types::display(in.value->type) + "' into arguments");
        return false;
      }
      in.spread = true;
    }
    if (in.value->type->kind == TypeKind::Invalid) bad = true;
    args.push_back(std::move(in));
  }
  return !bad;
}

tir::ExprPtr Checker::resolve_call(const std::vector<tir::Function*>& fns, const std::string& name,
                                   std::vector<ArgIn> args, tir::ExprPtr receiver, Span span, Span paren, bool is_init) {
  const tir::Function* best = nullptr;
  Match best_match;
  std::map<Type, Type> best_subst;
  bool ambiguous = false;
  std::vector<Match> matches;
  auto first_of = [&](const tir::Function& f) -> std::size_t {
    return receiver && f.method_kind != tir::MethodKind::Static && !f.params.empty() && f.params[0] == f.self ? 1 : 0;
  };
  for (auto* f : fns) {
    std::map<Type, Type> subst;
    // f[Int](...): explicitly bound type parameters are not inferred
    if (auto ex = explicit_params.find(f); ex != explicit_params.end())
      for (std::size_t i = 0; i < ex->second.size(); ++i)
        if (ex->second[i] && ex->second[i]->type) subst[fn_params.at(f)[i].symbolic] = ex->second[i]->type;
    Match m = match(*this, *f, args, first_of(*f), subst);
    matches.push_back(m);
    if (!m.ok) continue;
    // between equally good candidates Mojo prefers one without a `*values`
    // parameter (Set[Int]() is the empty set, not an empty variadic call)
    auto variadic = [](const tir::Function& g) {
      for (auto* p : g.params)
        if (p->is_variadic) return true;
      return false;
    };
    if (best && m.cost == best_match.cost && variadic(*f) != variadic(*best)) {
      if (variadic(*f)) continue;
      best = nullptr;
    }
    if (!best || m.cost < best_match.cost) {
      best = f;
      best_match = m;
      best_subst = subst;
      ambiguous = false;
    } else if (m.cost == best_match.cost) {
      ambiguous = true;
    }
  }
  if (!best && is_init) {
    // a synthesized move constructor is always a second candidate, so Mojo
    // reports every failed construction the same way
    auto& d = error(diag::Code::NoMatchingOverload, paren, "no matching function in initialization of '" + name + "'");
    for (auto* f : fns)
      if (!f->synthesized || f->method_kind == tir::MethodKind::Init) d.note(f->span, "candidate not viable");
    return invalid(span);
  }
  if (!best) {
    if (fns.size() == 1) {
      const tir::Function& f = *fns[0];
      const Match& m = matches[0];
      std::size_t nparams = f.params.size() - first_of(f);
      // a lambda's call is "indirect" in Mojo's words
      std::string head = name.empty() ? "invalid indirect call: " : "invalid call to '" + name + "': ";
      diag::Diagnostic* d = nullptr;
      switch (m.fail) {
        case Match::Fail::TooMany:
          d = &error(diag::Code::WrongArgumentCount, args[m.fail_arg].value->span,
                     head + "unexpected argument: expected at most " + std::to_string(nparams) + " positional argument" +
                         (nparams == 1 ? "" : "s") + ", got " + std::to_string(args.size()));
          break;
        case Match::Fail::UnknownKeyword:
          d = &error(diag::Code::UnknownKeyword, args[m.fail_arg].span,
                     head + "unknown keyword argument '" + args[m.fail_arg].keyword + "'");
          break;
        case Match::Fail::Duplicate:
          d = &error(diag::Code::DuplicateArgument,
                     m.at_keyword ? find_before(args[m.fail_arg].value->span, args[m.fail_arg].keyword)
                                  : args[m.fail_arg].span,
                     head + "argument '" + args[m.fail_arg].keyword + "' was given more than once");
          break;
        case Match::Fail::Missing:
          d = &error(diag::Code::MissingArgument, paren,
                     f.keyword_only[m.fail_param]
                         ? head + "missing required argument: '" + f.params[m.fail_param]->name + "'"
                         : head + "missing 1 required positional argument: '" + f.params[m.fail_param]->name + "'");
          break;
        case Match::Fail::Bound: {
          Type want = m.want ? m.want : f.params[m.fail_param]->type;
          if (want->fn_bound) {
            d = &error(diag::Code::NotConforming, args[m.fail_arg].span,
                       head + "argument type '" + types::display(types::materialize(args[m.fail_arg].value->type)) +
                           "' does not conform to trait '" + types::display(want->fn_bound) + "'");
            break;
          }
          std::string bound;
          for (auto* b : want->bounds) bound += (bound.empty() ? "" : " & ") + b->name;
          d = &error(diag::Code::NotConforming, args[m.fail_arg].span,
                     head + "'" + types::display(types::materialize(args[m.fail_arg].value->type)) +
                         "' does not conform to trait '" + bound + "' required by parameter '" + want->mojo_name + "'");
          break;
        }
        case Match::Fail::Convert:
        case Match::Fail::None:
          // 0.25.6 and indirect calls report a wrong argument at the call's '('
          d = &error(diag::Code::TypeMismatch,
                     mod->edition.legacy || name.empty() ? paren
                     : m.at_value                        ? args[m.fail_arg].value->span
                                                         : args[m.fail_arg].span,
                     head + "value passed to '" + f.params[m.fail_param]->name + "' cannot be converted from '" +
                         literal_display(*args[m.fail_arg].value) + "' to '" +
                         types::display(m.want ? m.want : f.params[m.fail_param]->type) + "'");
          break;
      }
      d->note(f.span, "function declared here");
      return invalid(span);
    }
    auto& d = error(diag::Code::NoMatchingOverload, args.empty() ? paren : args[0].span, "no matching function in call to '" + name + "'");
    for (auto* f : fns) d.note(f->span, "candidate not viable");
    return invalid(span);
  }
  if (ambiguous) {
    auto& d = error(diag::Code::AmbiguousCall, paren, "ambiguous call to '" + name + "'");
    for (std::size_t i = 0; i < fns.size(); ++i)
      if (matches[i].ok && matches[i].cost == best_match.cost) d.note(fns[i]->span, "candidate function");
    return invalid(span);
  }
  std::vector<tir::ExprPtr> carriers;
  const tir::Function* generic = best;
  if (best->is_generic || (is_init && best->owner && best->owner->is_generic && !best->owner->instance_of)) {
    last_carriers.clear();
    pack_types_binding.clear();
    for (std::size_t p = 0; p < best->params.size(); ++p)
      if (best->params[p]->type->kind == TypeKind::Pack && best_match.binding[p] == -5)
        pack_types_binding[best->params[p]->type->elem] = best_match.pack_types;
    const tir::Function* inst = instance_for_call(best, best_subst, name, paren, point(span.file, span.begin));
    if (!inst) return invalid(span);
    best = inst;
    carriers = std::move(last_carriers);
  }
  if (!method_where_holds(*best, paren, name)) return invalid(span);
  Type result = bound_type(best->result, best_subst);
  auto call = std::make_shared<tir::Call>(best, result, span);
  for (Type tp : best->type_params) call->type_args.push_back(bound_type(tp, best_subst));
  // argument exclusivity: a value passed mutably may not be passed again by reference
  std::vector<std::tuple<const tir::Local*, std::size_t, bool>> ref_roots;
  // An instance may have more parameters than the generic matched: one per
  // element of a `*args: *Ts` pack, then closures passed along.
  std::size_t gp = 0;
  for (std::size_t p = 0; p < best->params.size(); ++p, ++gp) {
    if (gp < best_match.binding.size() && best_match.binding[gp] == -5 && generic != best &&
        generic->params[gp]->type->kind == TypeKind::Pack) {
      for (int ai : best_match.rest) {
        const tir::Local& param = *best->params[p++];
        tir::ExprPtr v = pass_argument(coerce(args[ai].value, param.type), param, args[ai].span, name);
        if (v->type->kind == TypeKind::Invalid) return invalid(span);
        call->args.push_back(v);
      }
      --p;  // the loop steps onto the parameter after the pack
      continue;
    }
    if (gp >= best_match.binding.size()) {
      // a closure bound to a function parameter, passed along
      std::size_t k = gp - best_match.binding.size();
      if (k < carriers.size() && carriers[k]) call->args.push_back(carriers[k]);
      else return invalid(span);
      continue;
    }
    int ai = best_match.binding[gp];
    const tir::Local& param = *best->params[p];
    Type ptype = bound_type(param.type, best_subst);
    if (ai == -6) {
      // `**opts`: the extra keywords and their values, in call order
      auto pack = std::make_shared<tir::VariadicPack>(param.type, span);
      tir::Local one;
      one.name = param.name;
      one.type = param.type->elem;
      one.is_param = true;
      one.convention = ast::Convention::Owned;
      for (int k : best_match.kw_rest) {
        tir::ExprPtr v = pass_argument(coerce(args[k].value, one.type), one, args[k].span, name);
        if (v->type->kind == TypeKind::Invalid) return invalid(span);
        pack->elements.push_back(v);
        pack->keys.push_back(args[k].keyword);
      }
      call->args.push_back(pack);
      continue;
    }
    if (ai == -5) {
      call->args.push_back(variadic_pack(param, best_match.rest, args, name, span));
      if (call->args.back()->type->kind == TypeKind::Invalid) return invalid(span);
      continue;
    }
    if (ai == -1) {
      call->args.push_back(best->defaults[p]);
      continue;
    }
    if (ai >= 0 && args[ai].spread) {
      call->args.push_back(args[ai].value);  // f(*values): the caller's pack, passed along whole
      continue;
    }
    tir::ExprPtr v = ai == -3 ? receiver : coerce(args[ai].value, ptype);
    Span at = ai == -3 ? receiver->span : args[ai].span;
    ref_result_call = best->returns_ref;
    v = pass_argument(v, param, at, name);
    ref_result_call = false;
    if (v->type->kind == TypeKind::Invalid) return invalid(span);
    bool is_mut = param.convention == ast::Convention::Mut || param.convention == ast::Convention::Ref;
    bool by_ref = is_mut || ((param.convention == ast::Convention::Default || param.convention == ast::Convention::Read) &&
                             (types::is_struct(ptype) || ptype->kind == TypeKind::TypeParam));
    if (by_ref && is_lvalue(*v)) {
      if (const tir::Local* root = root_local(*v)) {
        for (auto& [other, idx, other_mut] : ref_roots)
          if (other == root && (is_mut || other_mut)) {
            const tir::Local& first_p = *best->params[idx];
            error(diag::Code::ArgumentAliasing, paren,
                  "aliasing values passed " + std::string(other_mut ? "mutably" : "immutably") + " to '" +
                      first_p.name + "' argument and passed " + (is_mut ? "mutably" : "immutably") + " to '" +
                      param.name + "' argument in '" + name + "' call (an aliased argument)")
                .note(root->span, "'" + root->name + "' declared here");
            return invalid(span);
          }
        ref_roots.emplace_back(root, p, is_mut);
      }
    }
    call->args.push_back(v);
  }
  call->raises = best->raises;
  if (best->raises) check_raise_allowed(paren, true, best->error_type);
  return call;
}

// The arguments a `*values: T` parameter takes, each passed as a T would be.
tir::ExprPtr Checker::variadic_pack(const tir::Local& param, const std::vector<int>& rest, std::vector<ArgIn>& args,
                                    const std::string& callee, Span span) {
  auto pack = std::make_shared<tir::VariadicPack>(param.type, span);
  tir::Local one;  // how each element is passed
  one.name = param.name;
  one.type = param.type->elem;
  one.is_param = true;
  one.convention = param.convention;
  one.is_mutable = param.is_mutable;
  for (int ai : rest) {
    tir::ExprPtr v = pass_argument(coerce(args[ai].value, one.type), one, args[ai].span, callee);
    if (v->type->kind == TypeKind::Invalid) return invalid(span);
    pack->elements.push_back(v);
  }
  return pack;
}

// A call through a subscripted callee: compile-time arguments.
//   unsafe_alloc[Int](n) / alloc[Int](n)  ⟶ Op(PtrAlloc, n)        (check_pointers.cpp)
//   make_and_show[Counter]()              ⟶ Call(make_and_show, type_args [Counter])
tir::ExprPtr Checker::check_parametric_call(const ast::SubscriptExpr& callee, const ast::CallExpr& e) {
  if (callee.object->kind == ast::ExprKind::Name) {
    const std::string& n = callee.object->as<ast::NameExpr>().name;
    const Symbol* s = lookup(n);
    // alloc is in Mojo 1.2's prelude: no import needed
    bool is_alloc = (s && s->kind == Symbol::Kind::Builtin && (s->builtin == "memory.unsafe_alloc" || s->builtin == "memory.alloc")) ||
                    (!s && (n == "alloc" || n == "unsafe_alloc"));
    if (is_alloc && callee.indices.size() == 1) {
      Type elem = resolve_type(*callee.indices[0].value);
      if (elem->kind == TypeKind::Invalid) return invalid(e.span);
      return pointer_alloc(elem, e);
    }
    if (s && s->kind == Symbol::Kind::Builtin && s->builtin.rfind("algorithm.", 0) == 0)
      return algorithm_call(s->builtin, callee.indices, callee.object->span, e);  // check_algorithm.cpp
    if (s && s->kind == Symbol::Kind::Local) {       // body[4](i): an instance of a closure with parameters
      const tir::Local* l = s->local;
      while (l->captured) l = l->captured;
      if (generic_closures.count(l)) return call_closure_instance(l, callee, e);
    }
    if (s && s->kind == Symbol::Kind::Builtin && s->builtin == "memory.stack_allocation") return stack_allocation(callee, e);
    if (!s && n == "rebind" && callee.indices.size() == 1 && e.args.size() == 1) {
      // rebind[T](x): x as T, which it must already be once the parameters are bound
      Type t = resolve_type(*callee.indices[0].value);
      auto x = materialize(check_expr(*e.args[0].value));
      if (t->kind == TypeKind::Invalid || x->type->kind == TypeKind::Invalid) return invalid(e.span);
      if ((types::is_simd(t) && t->symbolic) || (types::is_simd(x->type) && x->type->symbolic)) return symbolic_value(t, e.span);
      if (t != x->type) {
        error(diag::Code::TypeMismatch, e.span,
              "rebind from '" + types::display(x->type) + "' to '" + types::display(t) + "': the types differ");
        return invalid(e.span);
      }
      return x;
    }
    if (s && s->kind == Symbol::Kind::Builtin && s->builtin == "memory.bitcast" && !callee.indices.empty() &&
        callee.indices.size() <= 2 && e.args.size() == 1) {
      // bitcast[DType.uint32, 4](v): the same bits as another lane type
      ParamDecl d;
      d.name = "dtype";
      d.value_type = types::dtype();
      ParamDecl w;
      w.name = "width";
      w.value_type = types::int_();
      auto dv = param_argument(*callee.indices[0].value, d, "bitcast");
      auto v = materialize(check_expr(*e.args[0].value));
      if (!dv || v->type->kind == TypeKind::Invalid) return invalid(e.span);
      if (dv->value->kind != tir::ExprKind::StringConst) return invalid(e.span);
      Type lane = types::scalar_of_dtype(dv->value->as<tir::StringConst>().value);
      if (!lane || !types::is_simd_like(v->type)) return invalid(e.span);
      int width = types::lane_count(v->type);  // bitcast[DType.uint32](f): the width is kept
      if (callee.indices.size() == 2) {
        auto wv = param_argument(*callee.indices[1].value, w, "bitcast");
        if (!wv) return invalid(e.span);
        if (wv->value->kind != tir::ExprKind::IntConst) return invalid(e.span);
        width = static_cast<int>(wv->value->as<tir::IntConst>().value);
      }
      int from_bits = types::lane_count(v->type) * (types::lane_type(v->type) == types::bool_() ? 8 : types::bit_width(types::lane_type(v->type)));
      if (from_bits != width * (lane == types::bool_() ? 8 : types::bit_width(lane))) {
        error(diag::Code::ConstraintFailed, callee.span, "bitcast must keep the size: " + std::to_string(from_bits) + " bits");
        return invalid(e.span);
      }
      return intrinsic(fmt::format("mojo::simd_bitcast<{}, {}>", lane->cpp_name, width), types::simd_of(lane, width), e.span, {v});
    }
    if (is_pointer_name(n) && e.args.empty()) {  // UnsafePointer[Int](): null
      Type p = resolve_type(callee);
      if (p->kind == TypeKind::Invalid) return invalid(e.span);
      return intrinsic("mojo::detail::null_pointer<" + std::string(p->elem->cpp_name) + ">", p, e.span, {}, "mojo/memory/pointee.hpp");
    }
    if (is_simd_name(n)) {  // SIMD[DType.float32, 4](...), Scalar[dt](x)
      Type t = simd_type(callee);
      if (t->kind == TypeKind::Invalid) return invalid(e.span);
      return simd_construct(t, e);
    }
  }
  if (callee.object->kind == ast::ExprKind::Name) {
    const std::string& n = callee.object->as<ast::NameExpr>().name;
    const Symbol* s = lookup(n);
    // simd_width_of[DType.float32](): folded (check_simd_types.cpp)
    if (s && s->kind == Symbol::Kind::Functions && !s->functions->empty() && (*s->functions)[0]->bound &&
        (*s->functions)[0]->binding.rfind("mojo::sys::", 0) == 0)
      if (auto r = target_query(n, callee, e)) return r;
    // f[Int, n=3](...): a generic function with parameters bound explicitly
    if (s && s->kind == Symbol::Kind::Functions) {
      std::vector<tir::Function*> fns;
      for (auto* f : *s->functions)
        if (f->is_generic) fns.push_back(f);
      if (fns.empty()) {
        error(diag::Code::TypeMismatch, callee.span, "'" + n + "' has no compile-time parameters");
        return invalid(e.span);
      }
      std::map<const tir::Function*, Binding> bound;
      for (auto* f : fns) {
        Binding b;
        if (!explicit_binding(fn_params.at(f), callee.indices, b, n, callee.span)) return invalid(e.span);
        bound[f] = std::move(b);
      }
      std::vector<ArgIn> args;
      if (!check_args(e, args)) return invalid(e.span);
      auto saved = std::move(explicit_params);
      explicit_params = std::move(bound);
      auto r = resolve_call(fns, n, std::move(args), nullptr, e.span, call_paren(e));
      explicit_params = std::move(saved);
      return r;
    }
    // Box[Int](...): construct an instance of a parametric struct
    if (s && s->kind == Symbol::Kind::Struct) {
      Type t = resolve_type(callee);
      if (t->kind == TypeKind::Invalid) return invalid(e.span);
      return construct(const_cast<tir::Struct*>(t->decl), e);
    }
  }
  // x.method[T](...) / Type.method[n](...): a method with parameters of its own
  if (callee.object->kind == ast::ExprKind::Attribute) {
    auto& attr = callee.object->as<ast::AttributeExpr>();
    tir::ExprPtr recv;
    Type owner = nullptr;
    if (attr.object->kind == ast::ExprKind::Name) {
      const std::string& n = attr.object->as<ast::NameExpr>().name;
      const Symbol* s = lookup(n);
      if (n == "Self" && cur_struct && !s) owner = cur_struct->decl->type;
      else if (s && (s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::TypeName)) owner = s->type;
    }
    if (!owner) {
      recv = check_expr(*attr.object);
      if (recv->type->kind == TypeKind::Invalid) return invalid(e.span);
      owner = recv->type;
      // v.cast[DType.int32](), v.shuffle[1, 0](), p.load[width=8](i)
      if (types::is_simd_like(types::materialize(owner)) && has_simd_method(attr.name))
        if (auto r = simd_method(recv, attr, e, &callee.indices)) return r;
      if (owner->kind == TypeKind::Pointer)
        if (auto r = pointer_param_method(recv, attr, callee.indices, e)) return r;
    }
    std::vector<tir::Function*> fns;
    if (auto* ms = find_methods(owner, attr.name))
      for (auto* f : *ms)
        if (f->is_generic) fns.push_back(f);
    if (fns.empty()) {
      error(diag::Code::UnknownAttribute, attr.name_span.valid() ? attr.name_span : attr.span,
            "'" + types::display(owner) + "' has no method '" + attr.name + "' with compile-time parameters");
      return invalid(e.span);
    }
    std::map<const tir::Function*, Binding> bound;
    for (auto* f : fns) {
      Binding b;
      if (!explicit_binding(fn_params.at(f), callee.indices, b, attr.name, callee.span)) return invalid(e.span);
      bound[f] = std::move(b);
    }
    std::vector<ArgIn> args;
    if (!check_args(e, args)) return invalid(e.span);
    bool is_static = fns[0]->method_kind == tir::MethodKind::Static;
    if (!recv && !is_static) {
      if (args.empty()) {
        error(diag::Code::MissingArgument, call_paren(e), "missing required argument: 'self'");
        return invalid(e.span);
      }
      recv = args[0].value;
      args.erase(args.begin());
    }
    auto saved = std::move(explicit_params);
    explicit_params = std::move(bound);
    auto r = resolve_call(fns, attr.name, std::move(args), is_static ? nullptr : recv, e.span, call_paren(e));
    explicit_params = std::move(saved);
    return r;
  }
  unsupported(callee.span, "call with compile-time parameters");
  return invalid(e.span);
}

}  // namespace mojoc::sema
