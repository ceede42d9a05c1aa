// Raw pointers: the part of `memory` that structs owning heap memory need.
// (The full pointer API, SIMD loads and stores, is a later issue.)
//
//   UnsafePointer[Int] / Pointer[Int, MutUntrackedOrigin]   ⟶ Pointer type (C++ mojo::Int*)
//   unsafe_alloc[Int](n) / alloc[Int](n) / UnsafePointer[Int].alloc(n)    (called from check_calls.cpp)
//                                           ⟶ Op(PtrAlloc, n) : UnsafePointer[Int]
//   p[i] / p[unsafe_offset=i] / p[]         ⟶ Deref(p, i)  (a place: readable and assignable)
//   p + i / p.unsafe_offset(i)              ⟶ Op(PtrOffset, p, i)
//   p.free() / p.unsafe_free()              ⟶ Op(PtrFree, p)
//   p.load[width=8](i) / p.unsafe_load(i)    ⟶ Intrinsic mojo::load<8>(p, i) : SIMD[dt, 8]  (width 1: the scalar)
//   p.store(i, v) / p.unsafe_store(v)        ⟶ Intrinsic mojo::store(p, i, v)
//   p.bitcast[UInt8]()                       ⟶ Intrinsic reinterpret_cast<mojo::UInt8*>(p)
//   p.init_pointee_copy(v) / _move(v^)       ⟶ Intrinsic mojo::detail::init_pointee(p, Copy(v) / Move(v))
//   p.take_pointee() / p.destroy_pointee()   ⟶ Intrinsic mojo::detail::take_pointee(p) / destroy_pointee(p)
//   UnsafePointer(to=x)                      ⟶ Intrinsic &(x)   (x a place)
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::is_pointer_name(const std::string& n) const {
  if (n != "UnsafePointer" && n != "Pointer" && n != "LegacyUnsafePointer") return false;
  const Symbol* s = lookup(n);
  return !s || s->kind == Symbol::Kind::Builtin;
}

// UnsafePointer[T] / Pointer[T, origin] in a type position.
Type Checker::pointer_type(const ast::SubscriptExpr& e) {
  // UnsafePointer[mut=True, Float32, _]: the mutability, origin and address
  // space do not change the C++ type; the first positional one is the element
  const ast::Argument* first = nullptr;
  for (auto& a : e.indices)
    if (a.keyword.empty() || a.keyword == "type" || a.keyword == "T") {
      first = &a;
      break;
    }
  if (!first) {
    error(diag::Code::UnknownType, e.span, "a pointer type needs its element type: 'UnsafePointer[Int]'");
    return types::invalid();
  }
  Type elem = resolve_type(*first->value);
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
  if (auto r = pointer_param_method(p, attr, {}, e)) return r;
  unsupported(attr.name_span.valid() ? attr.name_span : e.span, "pointer method '" + n + "'");
  return invalid(e.span);
}

tir::ExprPtr Checker::pointer_param_method(tir::ExprPtr p, const ast::AttributeExpr& attr,
                                           const std::vector<ast::Argument>& params, const ast::CallExpr& e) {
  const std::string& n = attr.name;
  Type elem = p->type->elem;
  Span name_at = attr.name_span.valid() ? attr.name_span : e.span;
  const char* mem = "mojo/memory/memory.hpp";
  auto width_param = [&](int& width) {
    for (auto& a : params) {
      if (a.keyword != "width" && !(a.keyword.empty() && &a == &params[0])) {
        if (a.keyword == "alignment" || a.keyword == "volatile" || a.keyword == "invariant") continue;
        error(diag::Code::UnknownKeyword, a.span, "'" + n + "' has no compile-time parameter '" + a.keyword + "'");
        return false;
      }
      ParamDecl d;
      d.name = "width";
      d.value_type = types::int_();
      auto v = param_argument(*a.value, d, n);
      if (!v) return false;
      if (v->value->kind != tir::ExprKind::IntConst) {
        width = 0;  // a parameter of generic code: per instance
        return true;
      }
      long long w = static_cast<long long>(v->value->as<tir::IntConst>().value);
      if (w <= 0 || (w & (w - 1))) {
        error(diag::Code::ConstraintFailed, a.value->span, fmt::format("the width must be a positive power of two, not {}", w));
        return false;
      }
      width = static_cast<int>(w);
    }
    return true;
  };
  auto arg = [&](std::size_t i) { return check_expr(*e.args[i].value); };
  auto offset_arg = [&](std::size_t i) -> tir::ExprPtr {
    if (i >= e.args.size()) return std::make_shared<tir::IntConst>(types::int_(), e.span, 0);
    return coerce(materialize(arg(i)), types::int_(), "as a pointer offset");
  };
  if (n == "load" || n == "unsafe_load") {
    int width = 1;
    if (!width_param(width)) return invalid(e.span);
    if (e.args.size() > 1) {
      error(diag::Code::WrongArgumentCount, call_paren(e), "'" + n + "' takes at most one argument: the offset");
      return invalid(e.span);
    }
    auto i = offset_arg(0);
    if (i->type->kind == TypeKind::Invalid) return i;
    if (width == 0) return invalid(e.span);
    if (width > 1 && types::dtype_of(elem).empty()) {
      error(diag::Code::InvalidOperands, name_at, "'" + n + "[width=...]' needs a pointer to a SIMD scalar, not to '" +
                                                     types::display(elem) + "'");
      return invalid(e.span);
    }
    return intrinsic(fmt::format("mojo::load<{}>", width), types::simd_of(elem, width), e.span, {p, i}, mem);
  }
  if (n == "store" || n == "unsafe_store") {
    int width = 1;
    if (!width_param(width)) return invalid(e.span);
    if (e.args.empty() || e.args.size() > 2) {
      error(diag::Code::WrongArgumentCount, call_paren(e), "'" + n + "' takes the value, or an offset and the value");
      return invalid(e.span);
    }
    auto i = offset_arg(e.args.size() == 2 ? 0 : 99);
    auto v = arg(e.args.size() - 1);
    if (i->type->kind == TypeKind::Invalid || v->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (width == 0 || (types::is_simd(v->type) && v->type->symbolic)) return invalid(e.span);
    if (types::is_literal(v->type) || width > 1) v = coerce(v, types::simd_of(elem, width > 1 ? width : 1), "as the stored value");
    if (v->type->kind == TypeKind::Invalid) return v;
    if (types::lane_type(v->type) != elem) {
      error(diag::Code::TypeMismatch, v->span, "cannot store '" + types::display(v->type) + "' through '" +
                                                   types::display(p->type) + "'");
      return invalid(e.span);
    }
    return intrinsic("mojo::store", types::none(), e.span, {p, i, v}, mem);
  }
  if (n == "bitcast" || n == "unsafe_bitcast") {
    if (params.size() != 1 || !e.args.empty()) {
      error(diag::Code::WrongArgumentCount, name_at, "'bitcast' takes the new element type: 'p.bitcast[UInt8]()'");
      return invalid(e.span);
    }
    Type to = resolve_type(*params[0].value);
    if (to->kind == TypeKind::Invalid) return invalid(e.span);
    return intrinsic("reinterpret_cast<" + std::string(to->cpp_name) + "*>", types::pointer_to(to), e.span, {p}, mem);
  }
  if (!params.empty()) return nullptr;
  // 0.25: init_pointee_copy(x) / init_pointee_move(x^); 1.2: unsafe_write(copy=x) / unsafe_write(x^)
  if ((n == "init_pointee_copy" || n == "init_pointee_move" || n == "unsafe_write") && e.args.size() == 1) {
    bool copy = n == "init_pointee_copy" || e.args[0].keyword == "copy";
    auto v = arg(0);
    if (v->type->kind == TypeKind::Invalid) return v;
    v = coerce(v, elem, "as the pointee");
    if (v->type->kind == TypeKind::Invalid) return v;
    // a temporary moves into the memory through its __moveinit__, as in Mojo
    bool temp = !copy && v->kind != tir::ExprKind::Move && !is_lvalue(*v);
    if (copy && is_lvalue(*v)) {
      if (!is_copyable(v->type)) {
        error(diag::Code::NotCopyable, v->span, "'" + types::display(v->type) + "' value cannot be copied");
        return invalid(e.span);
      }
      auto cp = std::make_shared<tir::Copy>(v->span, v);
      cp->is_explicit = true;
      v = cp;
    } else {
      v = take(v, v->span);
    }
    return intrinsic(temp ? "mojo::detail::init_pointee_moved" : "mojo::detail::init_pointee", types::none(), e.span, {p, v},
                     "mojo/memory/pointee.hpp");
  }
  if ((n == "take_pointee" || n == "unsafe_take_pointee") && e.args.empty())
    return intrinsic("mojo::detail::take_pointee", elem, e.span, {p}, "mojo/memory/pointee.hpp");
  if ((n == "destroy_pointee" || n == "unsafe_deinit_pointee") && e.args.empty())
    return intrinsic("mojo::detail::destroy_pointee", types::none(), e.span, {p}, "mojo/memory/pointee.hpp");
  return nullptr;
}

tir::ExprPtr Checker::memory_call(const std::string& name, const ast::CallExpr& e) {
  std::string n = name.rfind("unsafe_", 0) == 0 ? name.substr(7) : name;
  std::vector<const char*> order = n == "memcpy" || n == "memmove" ? std::vector<const char*>{"dest", "src", "count"}
                                   : n == "memset"                 ? std::vector<const char*>{"ptr", "value", "count"}
                                   : n == "memset_zero"            ? std::vector<const char*>{"ptr", "count"}
                                                                   : std::vector<const char*>{};
  if (order.empty()) return nullptr;
  std::vector<tir::ExprPtr> args(order.size());
  std::size_t next = 0;
  for (auto& a : e.args) {
    std::size_t k = next;
    if (!a.keyword.empty()) {
      k = order.size();
      for (std::size_t i = 0; i < order.size(); ++i)
        if (a.keyword == order[i] || (i == 0 && (a.keyword == "dst" || a.keyword == "dest" || a.keyword == "ptr"))) k = i;
    } else {
      ++next;
    }
    if (k >= order.size() || args[k]) {
      error(diag::Code::UnknownKeyword, a.span, "unexpected argument to '" + name + "'");
      return invalid(e.span);
    }
    args[k] = check_expr(*a.value);
    if (args[k]->type->kind == TypeKind::Invalid) return invalid(e.span);
  }
  for (std::size_t i = 0; i < order.size(); ++i)
    if (!args[i]) {
      error(diag::Code::MissingArgument, call_paren(e), "missing required argument: '" + std::string(order[i]) + "'");
      return invalid(e.span);
    }
  if (args[0]->type->kind != TypeKind::Pointer) {
    error(diag::Code::TypeMismatch, args[0]->span, "'" + name + "' takes a pointer, not '" + types::display(args[0]->type) + "'");
    return invalid(e.span);
  }
  if (n == "memcpy" || n == "memmove") args[1] = coerce(args[1], args[0]->type, "as the source");
  if (n == "memset")
    args[1] = coerce(types::is_literal(args[1]->type) ? args[1] : materialize(args[1]), types::get(TypeKind::UInt8), "as the byte value");
  args.back() = coerce(materialize(args.back()), types::int_(), "as the element count");
  for (auto& x : args)
    if (x->type->kind == TypeKind::Invalid) return invalid(e.span);
  return intrinsic("mojo::" + n, types::none(), e.span, std::move(args), "mojo/memory/memory.hpp");
}

// UnsafePointer(to=x) / Pointer(to=x): the address of a place.
tir::ExprPtr Checker::pointer_to_place(const ast::CallExpr& e) {
  if (e.args.size() != 1 || e.args[0].keyword != "to") {
    error(diag::Code::WrongArgumentCount, call_paren(e), "a pointer is made from a place: 'UnsafePointer(to=x)'")
        .with_help("allocate memory with 'alloc[T](n)'");
    return invalid(e.span);
  }
  auto x = check_expr(*e.args[0].value);
  if (x->type->kind == TypeKind::Invalid) return x;
  if (!is_lvalue(*x)) {
    error(diag::Code::NotAssignable, x->span, "'to=' takes a variable or another place, not a temporary value");
    return invalid(e.span);
  }
  return intrinsic("&", types::pointer_to(x->type), e.span, {x}, "mojo/memory/pointee.hpp");
}

// stack_allocation[16, Float32](): storage in the current function's frame
// (C++: alloca, 64-byte aligned, released when the function returns).
tir::ExprPtr Checker::stack_allocation(const ast::SubscriptExpr& callee, const ast::CallExpr& e) {
  if (callee.indices.size() < 2 || !e.args.empty()) {
    error(diag::Code::WrongArgumentCount, callee.span, "'stack_allocation' takes the count and the type: 'stack_allocation[16, Float32]()'");
    return invalid(e.span);
  }
  ParamDecl d;
  d.name = "count";
  d.value_type = types::int_();
  auto n = param_argument(*callee.indices[0].value, d, "stack_allocation");
  if (!n) return invalid(e.span);
  Type t = resolve_type(*callee.indices[1].value);
  if (t->kind == TypeKind::Invalid) return invalid(e.span);
  if (n->value->kind != tir::ExprKind::IntConst) return symbolic_value(types::pointer_to(t), e.span);
  long long count = static_cast<long long>(n->value->as<tir::IntConst>().value);
  return intrinsic(fmt::format("=static_cast<{0}*>(__builtin_alloca_with_align(sizeof({0}) * {1}, 512))", t->cpp_name, count),
                   types::pointer_to(t), e.span, {}, "mojo/memory/pointee.hpp");
}

}  // namespace mojoc::sema
