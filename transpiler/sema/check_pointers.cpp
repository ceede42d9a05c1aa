// Raw pointers: the part of `memory` that structs owning heap memory need.
// (The full pointer API, SIMD loads and stores, is a later issue.)
//
//   UnsafePointer[Int] / Pointer[Int, MutUntrackedOrigin]   ⟶ Pointer type (C++ mojo::Int*)
//   unsafe_alloc[Int](n) / alloc[Int](n) / UnsafePointer[Int].alloc(n)
//                                           ⟶ Op(PtrAlloc, n) : UnsafePointer[Int]
//   p[i] / p[unsafe_offset=i] / p[]         ⟶ Deref(p, i)  (a place: readable and assignable)
//   p + i / p.unsafe_offset(i)              ⟶ Op(PtrOffset, p, i)
//   p.free() / p.unsafe_free()              ⟶ Op(PtrFree, p)
#include <map>

#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::is_pointer_name(const std::string& n) const {
  if (n != "UnsafePointer" && n != "Pointer" && n != "LegacyUnsafePointer") return false;
  const Symbol* s = lookup(n);
  return !s || s->kind == Symbol::Kind::Builtin;
}

// UnsafePointer[T] / Pointer[T, origin] in a type position.
Type Checker::pointer_type(const ast::SubscriptExpr& e) {
  if (e.indices.empty() || !e.indices[0].keyword.empty()) {
    error(diag::Code::UnknownType, e.span, "a pointer type needs its element type: 'UnsafePointer[Int]'");
    return types::invalid();
  }
  // the origin and address-space parameters do not change the C++ type
  Type elem = resolve_type(*e.indices[0].value);
  if (elem->kind == TypeKind::Invalid) return elem;
  return types::pointer_to(elem);
}

tir::ExprPtr Checker::pointer_alloc(Type elem, const ast::CallExpr& e) {
  if (e.args.size() != 1 || !e.args[0].keyword.empty()) {
    error(diag::Code::WrongArgumentCount, call_paren(e), "'alloc' takes one argument: the element count");
    return invalid(e.span);
  }
  auto n = coerce(materialize(check_expr(*e.args[0].value)), types::int_(), "as the element count");
  if (n->type->kind == TypeKind::Invalid) return n;
  return std::make_shared<tir::Op>(tir::OpKind::PtrAlloc, types::pointer_to(elem), e.span, std::vector<tir::ExprPtr>{n});
}

// unsafe_alloc[T](n) / alloc[T](n): a call through a subscripted callee.
tir::ExprPtr Checker::check_parametric_call(const ast::SubscriptExpr& callee, const ast::CallExpr& e) {
  if (callee.object->kind == ast::ExprKind::Name) {
    const std::string& n = callee.object->as<ast::NameExpr>().name;
    const Symbol* s = lookup(n);
    bool is_alloc = s && s->kind == Symbol::Kind::Builtin && (s->builtin == "memory.unsafe_alloc" || s->builtin == "memory.alloc");
    if (is_alloc && callee.indices.size() == 1) {
      Type elem = resolve_type(*callee.indices[0].value);
      if (elem->kind == TypeKind::Invalid) return invalid(e.span);
      return pointer_alloc(elem, e);
    }
  }
  // f[Counter](): a generic function with its type parameters bound explicitly
  if (callee.object->kind == ast::ExprKind::Name) {
    const Symbol* s = lookup(callee.object->as<ast::NameExpr>().name);
    if (s && s->kind == Symbol::Kind::Functions) {
      std::vector<tir::Function*> fns;
      for (auto* f : *s->functions)
        if (f->type_params.size() == callee.indices.size()) fns.push_back(f);
      if (!fns.empty()) {
        std::map<Type, Type> bound;
        for (auto* f : fns)
          for (std::size_t i = 0; i < callee.indices.size(); ++i) {
            if (!callee.indices[i].keyword.empty()) continue;
            Type t = resolve_type(*callee.indices[i].value);
            if (t->kind == TypeKind::Invalid) return invalid(e.span);
            for (auto* b : f->type_params[i]->bounds)
              if (!conforms(t, b)) {
                error(diag::Code::NotConforming, callee.indices[i].value->span,
                      "'" + types::display(t) + "' does not conform to trait '" + b->name + "' required by parameter '" +
                          f->type_params[i]->mojo_name + "'");
                return invalid(e.span);
              }
            bound[f->type_params[i]] = t;
          }
        std::vector<ArgIn> args;
        if (!check_args(e, args)) return invalid(e.span);
        auto saved = explicit_types;
        explicit_types = bound;
        auto r = resolve_call(fns, callee.object->as<ast::NameExpr>().name, std::move(args), nullptr, e.span, call_paren(e));
        explicit_types = saved;
        return r;
      }
    }
  }
  unsupported(callee.span, "call with compile-time parameters");
  return invalid(e.span);
}

// p[i], p[unsafe_offset=i], p[]
tir::ExprPtr Checker::pointer_index(tir::ExprPtr p, const ast::SubscriptExpr& e) {
  tir::ExprPtr index;
  if (e.indices.size() > 1 || (e.indices.size() == 1 && !e.indices[0].keyword.empty() &&
                               e.indices[0].keyword != "unsafe_offset" && e.indices[0].keyword != "offset")) {
    error(diag::Code::InvalidOperands, e.span, "a pointer takes one index: 'p[i]' or 'p[]'");
    return invalid(e.span);
  }
  if (e.indices.empty()) index = std::make_shared<tir::IntConst>(types::int_(), e.span, 0);
  else index = coerce(materialize(check_expr(*e.indices[0].value)), types::int_(), "as a pointer index");
  if (index->type->kind == TypeKind::Invalid) return index;
  return std::make_shared<tir::Deref>(p->type->elem, e.span, p, index);
}

tir::ExprPtr Checker::pointer_method(tir::ExprPtr p, const ast::AttributeExpr& attr, const ast::CallExpr& e) {
  const std::string& n = attr.name;
  if ((n == "free" || n == "unsafe_free") && e.args.empty())
    return std::make_shared<tir::Op>(tir::OpKind::PtrFree, types::none(), e.span, std::vector<tir::ExprPtr>{p});
  if ((n == "unsafe_offset" || n == "offset") && e.args.size() == 1) {
    auto i = coerce(materialize(check_expr(*e.args[0].value)), types::int_(), "as a pointer offset");
    if (i->type->kind == TypeKind::Invalid) return i;
    return std::make_shared<tir::Op>(tir::OpKind::PtrOffset, p->type, e.span, std::vector<tir::ExprPtr>{p, i});
  }
  unsupported(attr.name_span.valid() ? attr.name_span : e.span, "pointer method '" + n + "'");
  return invalid(e.span);
}

}  // namespace mojoc::sema
