// Declarations bound to the C++ runtime (stdlib/README.md).
//
//   @__cpp("mojo::List", include="mojo/collections/list.hpp")
//   struct List[T: Copyable & Movable]: ...   ⟶ Struct.binding = "mojo::List"
//                                                (List[Int] is mojo::List<mojo::Int>; nothing emitted)
//   @__cpp("with_capacity") def __init__(out self, *, capacity: Int): ...
//                                             ⟶ Function{bound, binding = "with_capacity"}
//   (a method of a bound struct without @__cpp) ⟶ Function{bound, binding = ""}: its Mojo name
//   @__cpp("mojo::math::sqrt") def sqrt(x: Float64) -> Float64: ...
//                                             ⟶ Function{bound, binding = "mojo::math::sqrt"}
//
// A bound declaration's body (`...`) is never checked and never emitted:
// calls are checked against the signature, and emit names the C++ entity.
#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::read_cpp_binding(const ast::Decorator& d, std::string& name, std::string& include) {
  if (d.name != "__cpp") return false;
  auto malformed = [&] {
    error(diag::Code::InvalidSyntax, d.span, "malformed '@__cpp' decorator")
        .with_help("write @__cpp(\"cpp::name\") or @__cpp(\"cpp::name\", include=\"header.hpp\")");
    return true;
  };
  if (!d.expr || d.expr->kind != ast::ExprKind::Call) return malformed();
  auto& call = d.expr->as<ast::CallExpr>();
  for (auto& a : call.args) {
    if (!a.value || a.value->kind != ast::ExprKind::StringLit || a.star != ast::Argument::Star::None) return malformed();
    const std::string& text = a.value->as<ast::StringLitExpr>().value;
    if (a.keyword.empty()) name = text;
    else if (a.keyword == "include") include = text;
    else return malformed();
  }
  if (name.empty()) return malformed();
  return true;
}

// A method of a bound struct is bound too, under its Mojo name unless it
// has an @__cpp of its own; a free function only with @__cpp.
void Checker::apply_cpp_binding(tir::Function& f, const ast::FunctionDef& def, const tir::Struct* owner) {
  std::string name, include;
  for (auto& d : def.decorators)
    if (read_cpp_binding(d, name, include)) {
      f.bound = true;
      f.binding = name;
      f.binding_include = include;
    }
  if (owner && !owner->binding.empty()) {
    f.bound = true;
    if (f.binding_include.empty()) f.binding_include = owner->binding_include;
  }
}

// Dict[Pt, V] / Set[Pt]: the runtime hashes a key with mojo::Hasher, calling
// `key.m__hash__(hasher)`. A user key's 1.x `__hash__[H: Hasher](self, mut
// hasher: H)` is generic, so nothing in Mojo code instantiates it: do so here,
// for stdlib/hash.mojo's DefaultHasher (mojo::Hasher), under the C++ name the
// runtime calls.
void Checker::instantiate_key_hash(Type t, Span at) {
  if (!types::is_struct(t) || !t->decl->binding.empty() || t->decl->is_generic) return;
  auto* set = find_methods(t, "__hash__");
  if (!set) return;
  for (auto* g : *set) {
    if (!g->is_generic || g->params.size() != 2) continue;
    ModuleInfo* m = stdlib_module("hash");
    const Symbol* h = m ? m->scope.lookup_local("DefaultHasher") : nullptr;
    if (!h || h->kind != Symbol::Kind::Struct) return;
    if (tir::Function* inst = instantiate(g, {tir::ParamValue::of_type(h->strukt->type)}, at)) inst->cpp_name = "m__hash__";
  }
}

// conforms_to(T, Trait) (a `where` clause of a bound method, as Mojo's own
// stdlib spells conditional methods)   ⟶ BoolConst, decided for the bound T
tir::ExprPtr Checker::check_conforms_to(const ast::CallExpr& e) {
  if (e.args.size() != 2) {
    error(diag::Code::WrongArgumentCount, call_paren(e), "'conforms_to' takes a type and a trait");
    return invalid(e.span);
  }
  Type t = resolve_type(*e.args[0].value);
  if (t->kind == TypeKind::Invalid) return invalid(e.span);
  std::function<bool(const ast::Expr&, bool&)> holds = [&](const ast::Expr& x, bool& ok) -> bool {
    if (x.kind == ast::ExprKind::Binary && x.as<ast::BinaryExpr>().op == ast::BinOp::BitAnd)
      return holds(*x.as<ast::BinaryExpr>().lhs, ok) & holds(*x.as<ast::BinaryExpr>().rhs, ok);
    if (x.kind != ast::ExprKind::Name) {
      ok = false;
      return false;
    }
    const std::string& n = x.as<ast::NameExpr>().name;
    if (n == "Copyable" || n == "ExplicitlyCopyable") return is_copyable(t);
    if (n == "ImplicitlyCopyable") return is_implicitly_copyable(t);
    if (n == "Movable" || n == "AnyType" || n == "Deinitable") return true;
    const Symbol* s = lookup(n);
    const tir::Trait* trait = s && s->kind == Symbol::Kind::Trait ? s->trait : edition_trait(n);
    if (!trait) {
      ok = false;
      return false;
    }
    return conforms(t, trait);
  };
  bool ok = true;
  bool result = holds(*e.args[1].value, ok);
  if (!ok) {
    error(diag::Code::UndefinedName, e.args[1].value->span, "'conforms_to' needs a trait");
    return invalid(e.span);
  }
  return std::make_shared<tir::BoolConst>(e.span, result);
}

// A method of a struct instance with a `where` clause on the struct's
// parameters (`def __contains__(self, v: Self.T) -> Bool where
// conforms_to(Self.T, Equatable)`): the clause is decided for this instance.
bool Checker::method_where_holds(const tir::Function& m, Span at, const std::string& name) {
  // (a method with parameters of its own has its clause checked per instance: check_where)
  if (!m.owner || m.is_generic || m.instance_of || m.owner->is_generic || !m.owner->instance_of) return true;
  const ast::FunctionDef* def = def_of(m);
  if (!def || !def->where_clause) return true;
  auto it = struct_infos.find(m.owner);
  if (it == struct_infos.end()) return true;
  StructInfo* si = it->second.get();
  FunctionState saved = suspend_function();
  tir::Function holder;
  fn = &holder;
  scope = si->env.get();
  cur_struct = si;
  mod = si->module;
  tir::ExprPtr c = check_condition(*def->where_clause);
  tir::ExprPtr v = c->type->kind == TypeKind::Invalid ? nullptr : comptime_fold(c);
  resume_function(std::move(saved));
  if (!c || c->type->kind == TypeKind::Invalid) return false;
  if (v && v->kind == tir::ExprKind::BoolConst && v->as<tir::BoolConst>().value) return true;
  error(diag::Code::ViolatedConstraint, at, "invalid call to '" + name + "': violated constraint")
      .note(def->where_clause->span, "constraint declared here evaluated to False for '" + types::display(m.owner->type) + "'");
  return false;
}

}  // namespace mojoc::sema
