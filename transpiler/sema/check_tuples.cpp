// Tuples, built on the stdlib's bound Tuple (stdlib/collections/tuple.mojo,
// C++ mojo::Tuple<Ts...>).
//
//   (a, b)  /  return a, b      ⟶ Call(Tuple[A, B].__init__(*args), a, b)
//   (Int, String)  (a type)     ⟶ Tuple[Int, String]
//   t[1]  (a compile-time index) ⟶ Call(mojo::get<1>, t) : ref B   (assignable when t is)
//   var a, b = t                 ⟶ VarDecl tup_N = t;  VarDecl a = tup_N[0];  VarDecl b = tup_N[1]
//   a, b = b, a                  ⟶ VarDecl tup_N = (b, a);  a = tup_N[0];  b = tup_N[1]
//
// A tuple literal where another Tuple type is expected is checked again with
// that type's elements (`var t: Tuple[Float64, Int] = (1, 2)`), as lists are.
#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::is_tuple(Type t) const {
  return t && types::is_struct(t) && t->decl->instance_of && t->decl->binding == "mojo::Tuple" &&
         !t->decl->param_values.empty() && t->decl->param_values[0].is_pack;
}

Type Checker::tuple_type(const std::vector<Type>& elems, Span at) {
  tir::ParamValue pack;
  pack.is_pack = true;
  for (Type t : elems) pack.pack.push_back(tir::ParamValue::of_type(t));
  return stdlib_instance("Tuple", {pack}, at);
}

tir::ExprPtr Checker::check_tuple_literal(const ast::TupleExpr& e, Type want) {
  std::vector<Type> wanted;
  if (is_tuple(want))
    for (auto& v : want->decl->param_values[0].pack) wanted.push_back(v.type);
  if (!wanted.empty() && wanted.size() != e.elements.size()) wanted.clear();
  std::vector<tir::ExprPtr> elems;
  for (std::size_t i = 0; i < e.elements.size(); ++i) {
    auto v = check_expr(*e.elements[i]);
    v = wanted.empty() ? materialize(v) : coerce(v, wanted[i], "in a tuple");
    if (v->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (v->type->kind == TypeKind::NoneType) {
      unsupported(v->span, "a 'None' element in a tuple");
      return invalid(e.span);
    }
    elems.push_back(v);
  }
  auto r = make_tuple(std::move(elems), e.span);
  if (r->type->kind != TypeKind::Invalid) literal_sources[r.get()] = &e;
  return r;
}

// Tuple[A, B](a, b) from checked elements.
tir::ExprPtr Checker::make_tuple(std::vector<tir::ExprPtr> elems, Span at) {
  std::vector<Type> types_;
  for (auto& v : elems) types_.push_back(v->type);
  Type t = tuple_type(types_, at);
  if (t->kind == TypeKind::Invalid) return invalid(at);
  std::vector<tir::Function*> inits;
  if (auto* set = find_methods(t, "__init__"))
    for (auto* f : *set)
      if (f->method_kind == tir::MethodKind::Init && (f->params.empty() || f->params.back()->name != "copy"))
        inits.push_back(f);
  std::vector<ArgIn> args;
  for (auto& v : elems) args.push_back(ArgIn{"", v, v->span});
  return resolve_call(inits, "Tuple", std::move(args), nullptr, at, at, /*is_init=*/true);
}

// t[i]: the i-th element, a place inside t (mojo::get<i>(t) in C++).
tir::ExprPtr Checker::tuple_item(tir::ExprPtr t, const ast::Expr& index, Span span) {
  auto i = comptime_fold(coerce(check_expr(index), types::int_(), "as a tuple index"));
  if (!i || i->type->kind == TypeKind::Invalid) return invalid(span);
  if (i->kind != tir::ExprKind::IntConst) {
    error(diag::Code::NotComptime, index.span, "a tuple index must be known at compile time");
    return invalid(span);
  }
  auto& pack = t->type->decl->param_values[0].pack;
  __int128 k = i->as<tir::IntConst>().value;
  if (k < 0 || k >= static_cast<__int128>(pack.size())) {
    error(diag::Code::InvalidOperands, index.span,
          "index " + std::to_string(static_cast<long long>(k)) + " is out of range for '" + types::display(t->type) + "'");
    return invalid(span);
  }
  auto key = std::make_pair(t->type, static_cast<int>(k));
  auto& getter = tuple_getters[key];
  if (!getter) {
    // a runtime function: `ref` result, so it is a place where t is one
    program->runtime_functions.push_back(std::make_unique<tir::Function>());
    getter = program->runtime_functions.back().get();
    getter->name = "mojo::get<" + std::to_string(static_cast<long long>(k)) + ">";
    getter->module = nullptr;
    getter->result = pack[static_cast<std::size_t>(k)].type;
    getter->returns_ref = true;
    getter->body_checked = true;
    auto p = std::make_unique<tir::Local>();
    p->name = "tuple";
    p->type = t->type;
    p->is_param = true;
    p->convention = ast::Convention::Ref;
    getter->params.push_back(p.get());
    getter->defaults.push_back(nullptr);
    getter->keyword_only.push_back(false);
    getter->locals.push_back(std::move(p));
  }
  auto call = std::make_shared<tir::Call>(getter, getter->result, span);
  ref_result_call = true;
  auto arg = pass_argument(t, *getter->params[0], t->span, "tuple index");
  ref_result_call = false;
  if (arg->type->kind == TypeKind::Invalid) return arg;
  call->args.push_back(arg);
  return call;
}

// The value of a destructuring, in a hidden local; the caller binds each
// name to `tuple_item` of it.
tir::Local* Checker::destructure(tir::ExprPtr value, std::size_t count, Span at, tir::Block& out) {
  value = materialize(value);
  if (value->type->kind == TypeKind::Invalid) return nullptr;
  if (!is_tuple(value->type)) {
    error(diag::Code::TypeMismatch, at, "cannot unpack a value of type '" + types::display(value->type) + "'")
        .with_help("only a tuple can be unpacked into several names");
    return nullptr;
  }
  std::size_t n = value->type->decl->param_values[0].pack.size();
  if (n != count) {
    error(diag::Code::TypeMismatch, at,
          "cannot unpack a tuple of " + std::to_string(n) + " elements into " + std::to_string(count) + " names");
    return nullptr;
  }
  tir::Local* l = fn->add_hidden_local("tup", value->type, at);
  l->is_mutable = true;
  out.push_back(std::make_unique<tir::VarDecl>(at, l, take(value, at)));
  return l;
}

tir::ExprPtr Checker::element_of(tir::Local* tuple, std::size_t i, Span at) {
  auto idx = std::make_shared<ast::IntLitExpr>();
  idx->span = at;
  idx->value = static_cast<std::uint64_t>(i);
  synthetic_exprs.push_back(idx);
  return tuple_item(std::make_shared<tir::LocalRef>(tuple, at), *idx, at);
}

// var a, b = value
void Checker::check_var_destructure(const ast::VarStmt& s, tir::Block& out) {
  auto& names = s.target->as<ast::TupleExpr>().elements;
  for (auto& n : names)
    if (n->kind != ast::ExprKind::Name) {
      unsupported(n->span, "a nested destructuring target");
      poison_target(*s.target);
      return;
    }
  if (!s.value || s.type) {
    unsupported(s.target->span, "a destructuring 'var' without a value, or with a type");
    poison_target(*s.target);
    return;
  }
  tir::Local* tup = destructure(check_expr(*s.value), names.size(), expr_loc(*s.value), out);
  if (!tup) {
    poison_target(*s.target);
    return;
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto v = element_of(tup, i, names[i]->span);
    tir::Local* l = new_local(names[i]->as<ast::NameExpr>().name, v->type, names[i]->span);
    l->is_mutable = true;
    out.push_back(std::make_unique<tir::VarDecl>(s.span, l, take(v, names[i]->span)));
  }
}

// a, b = value: every target is assigned from the tuple's elements.
void Checker::check_assign_destructure(const ast::TupleExpr& targets, const ast::Expr& value_ast, Span span,
                                       tir::Block& out) {
  tir::Local* tup = destructure(check_expr(value_ast), targets.elements.size(), expr_loc(value_ast), out);
  if (!tup) return;
  for (std::size_t i = 0; i < targets.elements.size(); ++i) {
    const ast::Expr& t = *targets.elements[i];
    auto v = element_of(tup, i, t.span);
    if (t.kind == ast::ExprKind::Name && t.as<ast::NameExpr>().name == "_") continue;
    tir::ExprPtr place = assign_target(t);
    if (!place) continue;
    if (place->kind == tir::ExprKind::LocalRef) {
      mark_initialized(place->as<tir::LocalRef>().local);
      moved_at.erase(place->as<tir::LocalRef>().local);
    }
    out.push_back(std::make_unique<tir::Assign>(span, place, take(coerce(v, place->type), t.span)));
  }
}

}  // namespace mojoc::sema
