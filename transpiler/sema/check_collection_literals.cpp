// Collection literals and comprehensions, built from the stdlib's bound
// collections (stdlib/collections/*.mojo).
//
//   [a, b, c]          ⟶ Call(List[T].__init__(*values, __list_literal__=None), a, b, c)
//   {a, b}             ⟶ Call(Set[T].__init__(*values, __set_literal__=None), a, b)
//   {k1: v1, k2: v2}   ⟶ pending: VarDecl lit_N = Dict[K, V]();  lit_N[k1] = v1;  lit_N[k2] = v2
//                        value: lit_N^
//   [e for x in xs if c]
//                      ⟶ pending: VarDecl comp_N = List[T]()
//                                 for x in xs: if c: comp_N.append(e)
//                        value: comp_N^
//   (set and dict comprehensions likewise, with add / __setitem__)
//
// T is the elements' common type (an all-literal list takes Float64 if any
// element is a float literal, else the literals' own default type), or the
// element type of the collection the context expects: `var f: List[Float64]
// = [1, 2]` checks the literal again against List[Float64] (coerce() asks
// retype_literal). "Pending" statements run just before the statement that
// holds the expression (checker.hpp, pending_stmts).
#include "sema/checker.hpp"

namespace mojoc::sema {

// The stdlib collection `name` (List, Set, Dict) instantiated with `args`.
Type Checker::stdlib_instance(const std::string& name, std::vector<tir::ParamValue> args, Span at) {
  static const std::map<std::string, std::string> where = {
      {"List", "collections.list"}, {"Set", "collections.set"}, {"Dict", "collections.dict"},
      {"Tuple", "collections.tuple"}};
  auto w = where.find(name);
  ModuleInfo* m = w == where.end() ? nullptr : stdlib_module(w->second);
  const Symbol* s = m ? m->scope.lookup_local(name) : nullptr;
  if (!s || s->kind != Symbol::Kind::Struct) {
    unsupported(at, "a '" + name + "' literal (the standard library's " + name + " is not available)");
    return types::invalid();
  }
  if (mod && mod->module && m->module != mod->module) {
    auto& imports = mod->module->imports;
    if (std::find(imports.begin(), imports.end(), m->module) == imports.end()) imports.push_back(m->module);
  }
  return instantiate_struct(*struct_infos.at(s->strukt), args, at);
}

// Is t an instance of the stdlib collection `name`?
bool Checker::is_stdlib_collection(Type t, const char* name) const {
  return t && types::is_struct(t) && t->decl->instance_of && !t->decl->binding.empty() && t->decl->instance_of->name == name &&
         !t->decl->param_values.empty() && t->decl->param_values[0].type;
}

// The common type of a literal's elements; each is converted to it.
Type Checker::join_elements(std::vector<tir::ExprPtr>& elems) {
  Type t = nullptr;
  bool any_float = false;
  for (auto& v : elems) {
    if (v->type->kind == TypeKind::Invalid) return types::invalid();
    if (v->type->kind == TypeKind::FloatLiteral) any_float = true;
    if (!t && v->type->kind != TypeKind::IntLiteral && v->type->kind != TypeKind::FloatLiteral &&
        v->type->kind != TypeKind::StringLiteral)
      t = v->type;
  }
  if (!t) t = any_float ? types::float64() : materialize(elems[0])->type;
  for (auto& v : elems) v = coerce(v, t, "in a collection literal");
  return t;
}

// Calls the collection's literal constructor: the `__init__` whose last
// parameter is named `marker`.
tir::ExprPtr Checker::literal_call(Type coll, const char* marker, std::vector<tir::ExprPtr> elems, Span at) {
  std::vector<tir::Function*> inits;
  if (auto* set = find_methods(coll, "__init__"))
    for (auto* f : *set)
      if (f->method_kind == tir::MethodKind::Init && !f->params.empty() && f->params.back()->name == marker)
        inits.push_back(f);
  if (inits.empty()) {
    unsupported(at, "a '" + types::display(coll) + "' literal");
    return invalid(at);
  }
  std::vector<ArgIn> args;
  for (auto& v : elems) args.push_back(ArgIn{"", v, v->span});
  args.push_back(ArgIn{marker, std::make_shared<tir::Op>(tir::OpKind::NoneValue, types::none(), at, std::vector<tir::ExprPtr>{}), at});
  return resolve_call(inits, coll->decl->instance_of->name, std::move(args), nullptr, at, at, /*is_init=*/true);
}

// [a, b] (List) and {a, b} (Set): the elements, their type, the literal constructor.
tir::ExprPtr Checker::sequence_literal(const ast::Expr& e, const std::vector<ast::ExprPtr>& elements, const char* name,
                                       const char* marker, Type want) {
  Type elem = is_stdlib_collection(want, name) ? want->decl->param_values[0].type : nullptr;
  std::vector<tir::ExprPtr> elems;
  for (auto& x : elements) {
    auto v = check_expr(*x);
    if (elem) v = coerce(v, elem, "in a collection literal");
    elems.push_back(v);
  }
  bool untyped = false;
  if (!elem) {
    // `[]` takes its type from where it goes (retype_literal); if nothing
    // gives it one by the end of the statement, that is an error
    untyped = elems.empty();
    elem = untyped ? types::int_() : join_elements(elems);
  }
  if (elem->kind == TypeKind::Invalid) return invalid(e.span);
  Type coll = stdlib_instance(name, {tir::ParamValue::of_type(elem)}, e.span);
  if (coll->kind == TypeKind::Invalid) return invalid(e.span);
  auto r = literal_call(coll, marker, std::move(elems), e.span);
  if (r->type->kind != TypeKind::Invalid) literal_sources[r.get()] = &e;
  if (untyped) untyped_literals[r.get()] = e.span;
  return r;
}

tir::ExprPtr Checker::check_list_literal(const ast::ListLitExpr& e, Type want) {
  return sequence_literal(e, e.elements, "List", "__list_literal__", want);
}

tir::ExprPtr Checker::check_set_literal(const ast::SetLitExpr& e, Type want) {
  return sequence_literal(e, e.elements, "Set", "__set_literal__", want);
}

// A hidden local of type `coll`, built by its no-argument constructor, whose
// declaration runs before the current statement.
tir::Local* Checker::pending_collection(Type coll, const char* base, Span at) {
  std::vector<tir::Function*> inits;
  if (auto* set = find_methods(coll, "__init__"))
    for (auto* f : *set)
      if (f->method_kind == tir::MethodKind::Init) inits.push_back(f);
  auto init = resolve_call(inits, coll->decl->instance_of->name, {}, nullptr, at, at, /*is_init=*/true);
  if (init->type->kind == TypeKind::Invalid) return nullptr;
  tir::Local* l = fn->add_hidden_local(base, coll, at);
  l->is_mutable = true;
  pending_stmts.push_back(std::make_unique<tir::VarDecl>(at, l, init));
  return l;
}

tir::ExprPtr Checker::check_dict_literal(const ast::DictLitExpr& e, Type want) {
  bool typed = is_stdlib_collection(want, "Dict") && want->decl->param_values.size() == 2;
  Type kt = typed ? want->decl->param_values[0].type : nullptr, vt = typed ? want->decl->param_values[1].type : nullptr;
  std::vector<tir::ExprPtr> keys, values;
  for (std::size_t i = 0; i < e.keys.size(); ++i) {
    auto k = check_expr(*e.keys[i]);
    auto v = check_expr(*e.values[i]);
    if (typed) {
      k = coerce(k, kt, "as a dict key");
      v = coerce(v, vt, "as a dict value");
    }
    keys.push_back(k);
    values.push_back(v);
  }
  bool untyped = !typed && keys.empty();
  if (untyped) {
    kt = vt = types::int_();  // until the context gives `{}` a type (as `[]`)
  } else if (!typed) {
    kt = join_elements(keys);
    vt = join_elements(values);
  }
  if (kt->kind == TypeKind::Invalid || vt->kind == TypeKind::Invalid) return invalid(e.span);
  Type coll = stdlib_instance("Dict", {tir::ParamValue::of_type(kt), tir::ParamValue::of_type(vt)}, e.span);
  if (coll->kind == TypeKind::Invalid) return invalid(e.span);
  std::size_t first_pending = pending_stmts.size();
  tir::Local* d = pending_collection(coll, "lit", e.span);
  if (!d) return invalid(e.span);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto set = call_dunder(std::make_shared<tir::LocalRef>(d, e.span), "__setitem__", {keys[i], values[i]}, keys[i]->span);
    if (!set || set->type->kind == TypeKind::Invalid) return invalid(e.span);
    pending_stmts.push_back(std::make_unique<tir::ExprStmt>(e.span, set));
  }
  auto r = std::make_shared<tir::Move>(e.span, std::make_shared<tir::LocalRef>(d, e.span));
  literal_sources[r.get()] = &e;
  literal_pending[r.get()] = {first_pending, pending_stmts.size()};
  if (untyped) untyped_literals[r.get()] = e.span;
  return r;
}

// [e for x in xs if c]: the loops are checked as ordinary `for`/`if`
// statements over synthetic AST nodes (sharing the comprehension's own
// target, iterable and condition nodes); the innermost statement is a
// placeholder whose check adds the element to the collection.
tir::ExprPtr Checker::check_comprehension(const ast::ComprehensionExpr& e, Type want) {
  using Kind = ast::ComprehensionExpr::Kind;
  if (e.comp == Kind::Generator) {
    unsupported(e.span, "a generator expression");
    return invalid(e.span);
  }
  // the innermost statement, then each clause around it, inside out
  auto sink = std::make_shared<ast::PassStmt>();
  sink->span = e.span;
  ast::StmtPtr inner = sink;
  for (std::size_t i = e.clauses.size(); i-- > 0;) {
    const ast::CompFor& c = e.clauses[i];
    for (std::size_t j = c.conditions.size(); j-- > 0;) {
      auto guard = std::make_shared<ast::IfStmt>();
      guard->span = c.conditions[j]->span;
      guard->cond = c.conditions[j];
      guard->then.push_back(inner);
      inner = guard;
    }
    auto loop = std::make_shared<ast::ForStmt>();
    loop->span = e.span;
    loop->target = c.target;
    loop->iter = c.iter;
    loop->body.push_back(inner);
    inner = loop;
  }
  synthetic_ast.push_back(inner);
  tir::Local* coll = nullptr;
  bool failed = false;
  Comprehension job{sink.get(), [&](tir::Block& out) {
                      // the element, checked where the loop variables are in scope
                      auto v = check_expr(*e.element);
                      tir::ExprPtr val = e.value ? check_expr(*e.value) : nullptr;
                      if (v->type->kind == TypeKind::Invalid || (val && val->type->kind == TypeKind::Invalid)) {
                        failed = true;
                        return;
                      }
                      if (!coll) {
                        Type coll_t;
                        const char* name = e.comp == Kind::List ? "List" : e.comp == Kind::Set ? "Set" : "Dict";
                        if (is_stdlib_collection(want, name)) coll_t = want;
                        else if (e.comp == Kind::Dict)
                          coll_t = stdlib_instance("Dict", {tir::ParamValue::of_type(materialize(v)->type),
                                                            tir::ParamValue::of_type(materialize(val)->type)}, e.span);
                        else coll_t = stdlib_instance(name, {tir::ParamValue::of_type(materialize(v)->type)}, e.span);
                        if (coll_t->kind == TypeKind::Invalid) {
                          failed = true;
                          return;
                        }
                        auto saved = std::move(pending_stmts);
                        pending_stmts.clear();
                        coll = pending_collection(coll_t, "comp", e.span);
                        comprehension_decls = std::move(pending_stmts);
                        pending_stmts = std::move(saved);
                        if (!coll) {
                          failed = true;
                          return;
                        }
                      }
                      auto target = std::make_shared<tir::LocalRef>(coll, e.span);
                      tir::ExprPtr add;
                      if (e.comp == Kind::List) add = call_dunder(target, "append", {v}, e.element->span);
                      else if (e.comp == Kind::Set) add = call_dunder(target, "add", {v}, e.element->span);
                      else add = call_dunder(target, "__setitem__", {v, val}, e.element->span);
                      if (!add || add->type->kind == TypeKind::Invalid) {
                        failed = true;
                        return;
                      }
                      out.push_back(std::make_unique<tir::ExprStmt>(e.span, add));
                    }};
  comprehensions.push_back(&job);
  tir::Block loops;
  auto saved_pending = std::move(pending_stmts);
  pending_stmts.clear();
  check_stmt(*inner, loops);
  comprehensions.pop_back();
  tir::Block inner_pending = std::move(pending_stmts);
  pending_stmts = std::move(saved_pending);
  if (failed || !coll) {
    if (!failed) unsupported(e.span, "a comprehension whose element is never reached");
    return invalid(e.span);
  }
  for (auto& s : comprehension_decls) pending_stmts.push_back(std::move(s));
  comprehension_decls.clear();
  for (auto& s : inner_pending) pending_stmts.push_back(std::move(s));
  for (auto& s : loops) pending_stmts.push_back(std::move(s));
  auto r = std::make_shared<tir::Move>(e.span, std::make_shared<tir::LocalRef>(coll, e.span));
  literal_sources[r.get()] = &e;
  return r;
}

// `[]` / `{}` that nothing gave a type to.
void Checker::report_untyped_literals() {
  for (auto& [expr, at] : untyped_literals)
    error(diag::Code::CannotInferParameter, at, "cannot infer the element type of an empty collection literal")
        .with_help("give it a type: 'var xs: List[Int] = []', 'var d: Dict[String, Int] = {}'");
  untyped_literals.clear();
}

// coerce(): a collection literal where another instance of the same
// collection is expected is checked again with that element type.
tir::ExprPtr Checker::retype_literal(const tir::Expr& e, Type want) {
  auto it = literal_sources.find(&e);
  if (it == literal_sources.end()) return nullptr;
  untyped_literals.erase(&e);
  const ast::Expr& src = *it->second;
  switch (src.kind) {
    case ast::ExprKind::ListLit:
      return is_stdlib_collection(want, "List") ? check_list_literal(src.as<ast::ListLitExpr>(), want) : nullptr;
    case ast::ExprKind::Tuple:
      return is_tuple(want) ? check_tuple_literal(src.as<ast::TupleExpr>(), want) : nullptr;
    case ast::ExprKind::SetLit:
      return is_stdlib_collection(want, "Set") ? check_set_literal(src.as<ast::SetLitExpr>(), want) : nullptr;
    case ast::ExprKind::DictLit: {
      if (!is_stdlib_collection(want, "Dict")) return nullptr;
      // the first check's statements are replaced by the new ones
      auto p = literal_pending.find(&e);
      if (p != literal_pending.end() && p->second.second == pending_stmts.size())
        pending_stmts.erase(pending_stmts.begin() + static_cast<std::ptrdiff_t>(p->second.first), pending_stmts.end());
      return check_dict_literal(src.as<ast::DictLitExpr>(), want);
    }
    default:
      return nullptr;
  }
}

}  // namespace mojoc::sema
