// Raw pointers: the part of `memory` that structs owning heap memory need.
// (The full pointer API, SIMD loads and stores, is a later issue.)
//
//   UnsafePointer[Int] / Pointer[Int, MutUntrackedOrigin]   ⟶ Pointer type (C++ mojo::Int*)
//   unsafe_alloc[Int](n) / alloc[Int](n) / UnsafePointer[Int].alloc(n)    (called from check_calls.cpp)
//                                           ⟶ Op(PtrAlloc, n) : UnsafePointer[Int]
//   p[i] / p[unsafe_offset=i] / p[]         ⟶ Deref(p, i)  (a place: readable and assignable)
//   p + i / p.unsafe_offset(i)              ⟶ Op(PtrOffset, p, i)
//   p.free() / p.unsafe_free()              ⟶ Op(PtrFree, p)
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
