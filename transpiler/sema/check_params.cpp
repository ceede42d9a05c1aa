// Compile-time parameter lists and what their names mean.
//
//   def f[T: Comparable, n: Int = 4, //, s: StringLiteral](...)
//     ⟶ [ParamDecl T (type, bound Comparable, infer-only),
//        ParamDecl n (Int value, default 4, infer-only), ParamDecl s (StringLiteral value)]
//
// While a generic is checked, its parameters are symbolic: `T` is a
// TypeParam type (only its bounds' methods are usable) and `n` is a ParamRef
// expression (an Int whose value is unknown).  An instance binds them: `T`
// names the concrete type and `n` is a compile-time constant that folds.
#include <fmt/format.h>

#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// Built-in traits that only say which lifecycle operations exist: every type
// the C++ side sees satisfies them, so they bound nothing mojoc checks.
bool lifecycle_bound(const std::string& n) {
  return n == "AnyType" || n == "Copyable" || n == "Movable" || n == "ImplicitlyCopyable" || n == "Deinitable" ||
         n == "ExplicitlyCopyable" || n == "UnknownDestructibility" ||
         n == "RegisterPassable" || n == "TrivialRegisterPassable";
}

bool valid_value_type(Type t) {
  return types::is_integer(t) || types::is_float(t) || t->kind == TypeKind::Bool ||
         t->kind == TypeKind::StringLiteral || t->kind == TypeKind::String || t->kind == TypeKind::DType ||
         t->kind == TypeKind::TypeParam;
}
}  // namespace

std::vector<ParamDecl> Checker::declare_params(const std::vector<ast::Param>& ps, Scope& env,
                                               const std::vector<tir::ParamValue>* values, bool& ok) {
  std::vector<ParamDecl> out;
  bool has_infer_marker = false;
  for (auto& p : ps) has_infer_marker |= p.kind == ast::Param::Kind::InferOnlyMarker;
  bool infer_only = has_infer_marker, keyword_only = false;
  Scope* saved = scope;
  scope = &env;  // later parameters' types may name earlier parameters
  bool saved_declaring = declaring_params;
  declaring_params = true;
  for (auto& cp : ps) {
    if (cp.kind == ast::Param::Kind::InferOnlyMarker) { infer_only = false; continue; }
    if (cp.kind == ast::Param::Kind::KwOnlyMarker) { keyword_only = true; continue; }
    if (cp.kind == ast::Param::Kind::PosOnlyMarker) continue;
    ParamDecl d;
    d.name = cp.name;
    d.span = cp.span;
    d.default_value = cp.default_value.get();
    d.infer_only = infer_only;
    d.keyword_only = keyword_only;
    d.variadic = cp.kind == ast::Param::Kind::VarPositional;
    if (cp.kind == ast::Param::Kind::VarKeyword) {
      error(diag::Code::NotSupportedYet, cp.type ? find_before(cp.type->span, cp.name) : cp.span,
            "variadic keyword parameters not supported yet");  // Mojo's own limitation
      ok = false;
      poison(env, cp.name);
      continue;
    }
    if ((cp.kind != ast::Param::Kind::Normal && !d.variadic) || !cp.type) {
      unsupported(cp.span, cp.kind != ast::Param::Kind::Normal ? "a '**' compile-time parameter"
                                                                : "a compile-time parameter without a type");
      ok = false;
      poison(env, cp.name);
      continue;
    }
    // `T: A & B` is a type bounded by traits; `n: Int` is a value.
    std::vector<const ast::Expr*> parts;
    std::function<void(const ast::Expr&)> split = [&](const ast::Expr& x) {
      if (x.kind == ast::ExprKind::Binary && x.as<ast::BinaryExpr>().op == ast::BinOp::BitAnd) {
        split(*x.as<ast::BinaryExpr>().lhs);
        split(*x.as<ast::BinaryExpr>().rhs);
      } else {
        parts.push_back(&x);
      }
    };
    split(*cp.type);
    bool is_type = true, bad = false;
    // `F: def(Int) -> Int` bounds a type by a signature; `f: def(Int) capturing
    // -> Int` / `def(Int) thin -> Int` (legacy `fn(Int) -> Int`) is a function value
    if (parts.size() == 1 && parts[0]->kind == ast::ExprKind::FnType) {
      Type ft = resolve_type(*parts[0]);
      if (ft->kind == TypeKind::Invalid) bad = true;
      else if (!ft->thin && !ft->capturing && !ft->escaping) {
        d.is_type = true;
        d.symbolic = types::make_param(cp.name, {});
        const_cast<TypeInfo*>(d.symbolic)->fn_bound = ft;
        d.fn_bound = ft;
      } else {
        d.value_type = ft;
      }
      if (bad) {
        ok = false;
        poison(env, cp.name);
        continue;
      }
      std::size_t i = out.size();
      bind_param(env, d, values && i < values->size() ? &(*values)[i] : nullptr);
      out.push_back(std::move(d));
      continue;
    }
    for (auto* x : parts) {
      std::string n = x->kind == ast::ExprKind::Name ? x->as<ast::NameExpr>().name : "";
      const Symbol* ts = n.empty() ? nullptr : lookup(n);
      if (ts && ts->kind == Symbol::Kind::Trait) d.bounds.push_back(ts->trait);
      else if (const tir::Trait* bt = !ts && !n.empty() ? edition_trait(n) : nullptr) d.bounds.push_back(bt);
      else if (!ts && lifecycle_bound(n)) d.lifecycle.push_back(n);
      else if (!n.empty() && !ts && !types::by_name(n)) {
        error(diag::Code::UndefinedName, x->span, "use of unknown declaration '" + n + "'");
        bad = true;
      } else {
        is_type = false;
      }
    }
    if (!is_type && !bad) {
      if (parts.size() != 1) {
        error(diag::Code::TypeMismatch, cp.type->span, "a compile-time parameter is a type bounded by traits, or a value of one type");
        bad = true;
      } else {
        Type vt = resolve_type(*parts[0]);
        if (vt->kind == TypeKind::Invalid) bad = true;
        else if (!valid_value_type(vt)) {
          unsupported(cp.type->span, "a compile-time parameter of type '" + types::display(vt) + "'");
          bad = true;
        }
        d.value_type = vt;
      }
    }
    if (bad) {
      ok = false;
      poison(env, cp.name);
      continue;
    }
    d.is_type = is_type;
    if (is_type) d.symbolic = types::make_param(cp.name, d.bounds);
    for (auto& prev : out)
      if (prev.name == d.name) {
        error(diag::Code::Redefinition, cp.span, "invalid redefinition of parameter '" + d.name + "'")
            .note(prev.span, "previous definition here");
        ok = false;
      }
    std::size_t i = out.size();
    bind_param(env, d, values && i < values->size() ? &(*values)[i] : nullptr);
    out.push_back(std::move(d));
  }
  scope = saved;
  declaring_params = saved_declaring;
  return out;
}

void Checker::bind_param(Scope& env, const ParamDecl& p, const tir::ParamValue* v) {
  Symbol sym;
  sym.span = p.span;
  if (p.variadic) {
    if (v && v->is_pack && !is_symbolic(*v)) {
      sym.kind = Symbol::Kind::Pack;
      sym.pack = v->pack;
      sym.type = p.is_type ? nullptr : p.value_type;
    } else if (p.is_type) {
      sym.kind = Symbol::Kind::TypeParam;  // the element type, in generic code
      sym.type = p.symbolic;
    } else {
      sym.kind = Symbol::Kind::Pack;  // generic code: the values are not known
      sym.type = p.value_type;
      sym.builtin = "symbolic";
    }
    env.define(p.name, sym);
    return;
  }
  if (p.is_type) {
    sym.kind = v && v->type ? Symbol::Kind::TypeName : Symbol::Kind::TypeParam;
    sym.type = v && v->type ? v->type : p.symbolic;
    if (sym.type->kind == TypeKind::TypeParam) sym.kind = Symbol::Kind::TypeParam;
  } else if (p.value_type && p.value_type->kind == TypeKind::FnType) {
    if (v && v->function && !v->function->is_closure) {
      // a top-level function: `f(x)` calls it directly
      sym.kind = Symbol::Kind::Functions;
      sym.functions = &fn_sets.emplace_back(std::vector<tir::Function*>{const_cast<tir::Function*>(v->function)});
    } else if (v && v->function) {
      return;  // a closure: build_signature adds the hidden argument that carries it
    } else {
      // generic code: a value of the function type, called through its signature
      auto l = std::make_unique<tir::Local>();
      l->name = p.name;
      l->type = p.value_type;
      l->span = p.span;
      l->is_mutable = false;
      sym.kind = Symbol::Kind::Local;
      sym.local = l.get();
      param_locals.push_back(std::move(l));
    }
  } else if (!v || !v->value || is_symbolic(*v)) {
    sym.kind = Symbol::Kind::ValueParam;
    sym.type = v && v->value ? v->value->type : p.value_type;
  } else {
    auto g = std::make_unique<tir::Global>();
    g->name = p.name;
    g->type = v->value->type;
    g->value = v->value;
    g->span = p.span;
    g->inline_value = true;
    sym.kind = Symbol::Kind::Constant;
    sym.constant = g.get();
    param_globals.push_back(std::move(g));
  }
  env.define(p.name, sym);
}

std::optional<tir::ParamValue> Checker::param_argument(const ast::Expr& e, const ParamDecl& p, const std::string& what) {
  tir::ParamValue v;
  std::string head = what.empty() || binding_struct ? "" : "invalid call to '" + what + "': ";
  auto bound_text = [&] {
    // as Mojo shows a bound: its traits, then the lifecycle ones
    std::string b;
    for (auto* t : p.bounds) b += (b.empty() ? "" : " & ") + t->name;
    for (auto& l : p.lifecycle) b += (b.empty() ? "" : " & ") + l;
    return b.empty() ? std::string("AnyType") : b;
  };
  // a type where a value is expected, or the other way round
  auto names_type = [&](const ast::Expr& x) {
    if (x.kind == ast::ExprKind::Attribute) {  // Self.T
      auto& a = x.as<ast::AttributeExpr>();
      if (a.object->kind == ast::ExprKind::Name && a.object->as<ast::NameExpr>().name == "Self" && cur_struct && cur_struct->env)
        if (const Symbol* s = cur_struct->env->lookup_local(a.name))
          return s->kind == Symbol::Kind::TypeName || s->kind == Symbol::Kind::TypeParam;
      return false;
    }
    const ast::Expr& h = x.kind == ast::ExprKind::Subscript ? *x.as<ast::SubscriptExpr>().object : x;
    if (h.kind != ast::ExprKind::Name) return false;
    const Symbol* s = lookup(h.as<ast::NameExpr>().name);
    if (s) return s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::TypeName || s->kind == Symbol::Kind::TypeParam;
    if (&h != &x && (is_simd_name(h.as<ast::NameExpr>().name) || is_pointer_name(h.as<ast::NameExpr>().name))) return true;
    return types::by_name(h.as<ast::NameExpr>().name) != nullptr;
  };
  if (p.is_type) {
    if (!names_type(e)) {
      tir::ExprPtr x = check_expr(e);
      if (x->type->kind == TypeKind::Invalid) return std::nullopt;
      error(diag::Code::TypeMismatch, e.span,
            head + "'" + what + "' parameter '" + p.name + "' has '" + bound_text() + "' type, but value has type '" +
                literal_display(*x) + "'");
      return std::nullopt;
    }
    Type t = resolve_type(e);
    if (t->kind == TypeKind::Invalid) return std::nullopt;
    for (auto* b : p.bounds)
      if (!conforms(t, b)) {
        std::string all;
        for (auto* x : p.bounds) all += (all.empty() ? "" : " & ") + x->name;
        error(diag::Code::NotConforming, e.span,
              head + "'" + what + "' parameter '" + p.name + "' has '" + bound_text() + "' type, but value has type 'AnyStruct[" +
                  types::display(t) + "]'");
        return std::nullopt;
      }
    v.type = t;
    return v;
  }
  if (names_type(e)) {
    Type t = resolve_type(e);
    if (t->kind == TypeKind::Invalid) return std::nullopt;
    error(diag::Code::TypeMismatch, e.span,
          head + "'" + what + "' parameter '" + p.name + "' has '" + types::display(p.value_type) +
              "' type, but value has type 'AnyStruct[" + types::display(t) + "]'");
    return std::nullopt;
  }
  if (p.value_type && p.value_type->kind == TypeKind::FnType) return function_argument(e, p, what);
  tir::ExprPtr x = check_expr(e);
  if (x->type->kind == TypeKind::Invalid) return std::nullopt;
  Type want = p.value_type;
  if (const Symbol* s = want->kind == TypeKind::TypeParam ? lookup(want->mojo_name) : nullptr;
      s && s->kind == Symbol::Kind::TypeName)
    want = s->type;  // `value: T` after T was bound
  if (want->kind != TypeKind::TypeParam && x->type != want && conversion_cost(*x, want) < 0) {
    error(diag::Code::TypeMismatch, e.span,
          head + "'" + what + "' parameter '" + p.name + "' has '" + types::display(want) + "' type, but value has type '" +
              literal_display(*x) + "'");
    return std::nullopt;
  }
  if (want->kind != TypeKind::TypeParam) x = want->kind == TypeKind::StringLiteral && x->type == want ? x : coerce(x, want);
  else x = materialize(x);
  if (x->type->kind == TypeKind::Invalid) return std::nullopt;
  if (is_symbolic(*x)) {
    v.value = x;
    return v;
  }
  std::string why;
  Span where = e.span;
  auto c = comptime_fold(x, &why, &where);
  if (!c) {
    error(diag::Code::NotComptime, e.span, head + "cannot use a dynamic value in a parameter list")
        .with_help("parameter '" + p.name + "' must be known at compile time" + (why.empty() ? "" : ", but " + why));
    return std::nullopt;
  }
  v.value = c;
  return v;
}

// `apply[double]` / `apply[addk]`: a function or a compile-time closure as a parameter value.
std::optional<tir::ParamValue> Checker::function_argument(const ast::Expr& e, const ParamDecl& p, const std::string& what) {
  std::string head = what.empty() ? "" : "invalid call to '" + what + "': ";
  tir::ExprPtr x = check_expr(e);
  if (x->type->kind == TypeKind::Invalid) return std::nullopt;
  tir::ParamValue v;
  if (x->kind == tir::ExprKind::LocalRef && x->as<tir::LocalRef>().local->type->kind == TypeKind::FnType &&
      x->as<tir::LocalRef>().local->is_param == false && !owns_local(*fn, x->as<tir::LocalRef>().local)) {
    v.value = std::make_shared<tir::ParamRef>(p.value_type, e.span, p.name);  // forwarded in generic code
    return v;
  }
  Type want = p.value_type;
  if (!types::is_callable(x->type) || !callable_matches(x->type, want)) {
    error(diag::Code::TypeMismatch, e.span,
          head + "'" + what + "' parameter '" + p.name + "' has '" + types::display(want) + "' type, but value has type '" +
              types::display(x->type) + "'");
    return std::nullopt;
  }
  if (x->kind == tir::ExprKind::FuncRef) {
    v.function = x->as<tir::FuncRef>().fn;
    return v;
  }
  const tir::Function* cf = x->type->fn;
  bool compile_time = x->type->kind == TypeKind::Closure && cf->is_closure && closure_infos.count(cf) &&
                      (closure_infos.at(cf).parameter || closure_infos.at(cf).legacy_copy);
  bool forwarded = x->kind == tir::ExprKind::LocalRef && x->as<tir::LocalRef>().local->is_param;
  if (want->thin && compile_time && mod->edition.legacy) {
    error(diag::Code::TypeMismatch, e.span,
          "cannot pass '" + types::display(x->type) + "' value, expected '" + types::display(want) + "' in call parameter");
    return std::nullopt;
  }
  if (want->thin || (!compile_time && !forwarded)) {
    error(diag::Code::NotComptime, e.span, head + "cannot use a dynamic value in a parameter list")
        .with_help("a closure with a capture list is a run-time value: pass it as an argument bounded by '" +
                   types::display(want) + "' instead");
    return std::nullopt;
  }
  v.function = cf;
  v.carrier = x;
  return v;
}

bool Checker::explicit_binding(const std::vector<ParamDecl>& ps, const std::vector<ast::Argument>& args, Binding& out,
                               const std::string& what, Span at) {
  out.assign(ps.size(), std::nullopt);
  std::size_t pos = 0;
  for (auto& a : args) {
    std::size_t p = ps.size();
    if (a.keyword.empty()) {
      while (pos < ps.size() && (ps[pos].infer_only || ps[pos].keyword_only)) ++pos;
      if (pos >= ps.size()) {
        std::size_t n = 0;
        for (auto& d : ps) n += !d.infer_only && !d.keyword_only;
        error(diag::Code::WrongArgumentCount, a.value->span, "invalid call to '" + what + "': unexpected parameter")
            .with_help("'" + what + "' takes " + std::to_string(n) + " positional parameter" + (n == 1 ? "" : "s") +
                       (n == ps.size() ? "" : "; infer-only and keyword-only ones cannot be bound positionally"));
        return false;
      }
      p = pos;
      if (ps[p].variadic) {
        // `count[3, 1, 4]`: every later positional argument joins the list
        ParamDecl one = ps[p];
        one.variadic = false;
        auto v = param_argument(*a.value, one, what);
        if (!v) return false;
        if (!out[p]) {
          out[p] = tir::ParamValue{};
          out[p]->is_pack = true;
        }
        out[p]->pack.push_back(*v);
        continue;
      }
      ++pos;
    } else {
      for (std::size_t k = 0; k < ps.size(); ++k)
        if (ps[k].name == a.keyword) p = k;
      if (p == ps.size()) {
        error(diag::Code::UnknownKeyword, a.value->span,
              "invalid call to '" + what + "': unexpected keyword parameter '" + a.keyword + "'");
        return false;
      }
      if (out[p]) {
        error(diag::Code::DuplicateArgument, a.span, "parameter '" + a.keyword + "' of '" + what + "' bound twice");
        return false;
      }
    }
    auto v = param_argument(*a.value, ps[p], what);
    if (!v) return false;
    out[p] = std::move(v);
  }
  (void)at;
  return true;
}

std::optional<std::vector<tir::ParamValue>> Checker::complete_binding(const std::vector<ParamDecl>& ps, Binding& b,
                                                                      const std::string& what, Span at) {
  // defaults may use earlier parameters: evaluate them with those bound
  Scope env(nullptr);
  Scope* saved = scope;
  std::vector<tir::ParamValue> out;
  // [T: AnyType, //, value: T]: T is the type of the value bound to `value`
  for (std::size_t i = 0; i < ps.size(); ++i)
    if (!b[i] && ps[i].is_type)
      for (std::size_t j = 0; j < ps.size(); ++j)
        if (b[j] && !ps[j].is_type && ps[j].value_type == ps[i].symbolic && b[j]->value)
          b[i] = tir::ParamValue::of_type(types::materialize(b[j]->value->type));
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (!b[i] && ps[i].variadic) {  // nothing bound: an empty list
      b[i] = tir::ParamValue{};
      b[i]->is_pack = true;
    }
    if (!b[i] && ps[i].default_value) {
      scope = &env;
      b[i] = param_argument(*ps[i].default_value, ps[i], what);
      scope = saved;
      if (!b[i]) return std::nullopt;
    }
    if (!b[i]) {
      error(diag::Code::CannotInferParameter, at, "invalid call to '" + what + "': failed to infer parameter '" + ps[i].name + "'")
          .note(ps[i].span, "'" + ps[i].name + "' declared here")
          .with_help("bind it explicitly: '" + what + "[...]'");
      return std::nullopt;
    }
    bind_param(env, ps[i], &*b[i]);
    out.push_back(*b[i]);
  }
  return out;
}

Type Checker::struct_instance_type(StructInfo& g, const ast::SubscriptExpr& sub) {
  Binding b;
  bool saved = binding_struct;
  binding_struct = true;  // Mojo words a struct's parameter errors without "invalid call"
  bool ok = explicit_binding(g.params, sub.indices, b, g.decl->name, sub.span);
  binding_struct = saved;
  if (!ok) return types::invalid();
  auto vals = complete_binding(g.params, b, g.decl->name, sub.span);
  if (!vals) return types::invalid();
  return instantiate_struct(g, *vals, sub.span);
}

bool Checker::is_symbolic(const tir::ParamValue& v) {
  if (v.is_pack) {
    for (auto& x : v.pack)
      if (is_symbolic(x)) return true;
    return false;
  }
  if (v.type) return v.type->kind == TypeKind::TypeParam || (types::is_struct(v.type) && v.type->decl->is_generic);
  if (v.value) return is_symbolic(*v.value);
  return false;
}

bool Checker::is_symbolic(const tir::Expr& e) {
  if (e.kind == tir::ExprKind::ParamRef) return true;
  bool found = false;
  tir::for_each_child(const_cast<tir::Expr&>(e), [&](tir::ExprPtr& x) { found = found || is_symbolic(*x); });
  return found;
}

std::string Checker::param_display(const tir::ParamValue& v) {
  if (v.is_pack) {
    std::string s;
    for (auto& x : v.pack) s += (s.empty() ? "" : ", ") + param_display(x);
    return s;
  }
  if (v.type) return types::display(v.type);
  if (v.function) return v.function->name;
  if (!v.value) return "?";
  const tir::Expr& x = *v.value;
  switch (x.kind) {
    case tir::ExprKind::IntConst: {
      __int128 n = x.as<tir::IntConst>().value;
      bool neg = n < 0;
      unsigned __int128 u = neg ? -static_cast<unsigned __int128>(n) : static_cast<unsigned __int128>(n);
      std::string s;
      do { s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10))); u /= 10; } while (u);
      return neg ? "-" + s : s;
    }
    case tir::ExprKind::BoolConst: return x.as<tir::BoolConst>().value ? "True" : "False";
    case tir::ExprKind::FloatConst: return fmt::format("{}", static_cast<double>(x.as<tir::FloatConst>().value));
    case tir::ExprKind::StringConst:
      return x.type->kind == TypeKind::DType ? x.as<tir::StringConst>().value : "\"" + x.as<tir::StringConst>().value + "\"";
    case tir::ExprKind::ParamRef: return x.as<tir::ParamRef>().name;
    default: return "?";
  }
}

std::string Checker::param_key(const std::vector<tir::ParamValue>& vs) {
  std::string k;
  for (auto& v : vs) {
    if (v.is_pack) k += "P[" + param_key(v.pack) + "];";
    else if (v.type) k += fmt::format("T{};", static_cast<const void*>(v.type));
    else if (v.function) k += fmt::format("F{};", static_cast<const void*>(v.function));
    else if (v.value) k += std::string(types::display(v.value->type)) + ":" + param_display(v) + ";";
    else k += "?;";
  }
  return k;
}

}  // namespace mojoc::sema
