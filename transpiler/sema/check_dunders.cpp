// Operators on structs: Mojo's dunder methods.
//
//   a + b    ⟶ Call(A.__add__, [a, b])      if A.__add__ accepts a b
//            ⟶ Call(B.__radd__, [b, a])     otherwise (the reflected form; `5 + a` too)
//   -a / ~a  ⟶ Call(A.__neg__ / __invert__, [a])
//   a == b   ⟶ Call(A.__eq__, [a, b]);  a != b ⟶ A.__ne__, else not A.__eq__
//   a < b    ⟶ Call(A.__lt__, [a, b]),  else Call(B.__gt__, [b, a])
//   x in c   ⟶ Call(C.__contains__, [c, x])
//   c[i, j]  ⟶ Call(C.__getitem__, [c, i, j])
//   f(x)     ⟶ Call(F.__call__, [f, x])   (f a struct value)
// In-place forms (`a += b` ⟶ __iadd__) are in check_assign.cpp, with no fallback.
#include "sema/checker.hpp"

namespace mojoc::sema {

const char* dunder_stem(ast::BinOp op) {
  switch (op) {
    case ast::BinOp::Add: return "add";
    case ast::BinOp::Sub: return "sub";
    case ast::BinOp::Mul: return "mul";
    case ast::BinOp::TrueDiv: return "truediv";
    case ast::BinOp::FloorDiv: return "floordiv";
    case ast::BinOp::Mod: return "mod";
    case ast::BinOp::Pow: return "pow";
    case ast::BinOp::MatMul: return "matmul";
    case ast::BinOp::BitAnd: return "and";
    case ast::BinOp::BitOr: return "or";
    case ast::BinOp::BitXor: return "xor";
    case ast::BinOp::Shl: return "lshift";
    case ast::BinOp::Shr: return "rshift";
    default: return "";
  }
}

namespace {
bool is_user_type(Type t) { return t->kind == TypeKind::Struct || t->kind == TypeKind::TypeParam; }
}  // namespace

// Does some overload of `name` on `self_type` take `arg` as its one argument?
bool Checker::accepts(Type self_type, const std::string& name, const tir::Expr& arg) const {
  const std::vector<tir::Function*>* set = find_methods(self_type, name);
  std::vector<tir::Function*> from_bound;
  if (!set && self_type->kind == TypeKind::TypeParam) {
    for (auto* b : self_type->bounds)
      if (auto* f = trait_method(b, name)) from_bound.push_back(const_cast<tir::Function*>(f));
    set = &from_bound;
  }
  if (!set) return false;
  for (auto* f : *set) {
    if (f->params.size() != 2) continue;
    Type want = f->params[1]->type;
    if (want->kind == TypeKind::TypeParam && self_type->kind == TypeKind::TypeParam) want = self_type;
    if (conversion_cost(arg, want) >= 0) return true;
  }
  return false;
}

tir::ExprPtr Checker::struct_binary(ast::BinOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  std::string stem = dunder_stem(op);
  if (is_user_type(a->type) && accepts(a->type, "__" + stem + "__", *b))
    return call_dunder(a, "__" + stem + "__", {b}, span);
  if (is_user_type(b->type) && accepts(b->type, "__r" + stem + "__", *a))
    return call_dunder(b, "__r" + stem + "__", {a}, span);
  // a.__op__ exists but does not take b: its call reports the mismatch
  if (is_user_type(a->type) && has_method(a->type, "__" + stem + "__"))
    return call_dunder(a, "__" + stem + "__", {b}, span);
  Span at = op_span.valid() ? op_span : span;
  std::string lhs = types::display(types::materialize(a->type));
  if (!is_user_type(a->type)) {
    // `5 + a`: Int's __add__ does not take a, and a has no __radd__
    error(diag::Code::InvalidOperands, b->span.valid() ? b->span : at,
          "no matching method in call to '__" + stem + "__': '" + lhs + "' does not take a '" + types::display(b->type) +
              "' and '" + types::display(b->type) + "' does not implement the '__r" + stem + "__' method")
        .with_help("define '__r" + stem + "__(self, lhs: " + lhs + ")' on '" + types::display(b->type) + "'");
    return invalid(span);
  }
  error(a->type->kind == TypeKind::TypeParam ? diag::Code::NotInTraitBound : diag::Code::InvalidOperands, at,
        std::string("invalid operand types for '") + ast::spelling(op) + "': '" + lhs +
            "' does not implement the '__" + stem + "__' method")
      .with_help("define '__" + stem + "__(self, rhs: " + types::display(types::materialize(b->type)) + ")' on '" + lhs + "'");
  return invalid(span);
}

bool Checker::has_method(Type t, const std::string& name) const {
  if (find_methods(t, name)) return true;
  if (t->kind == TypeKind::TypeParam)
    for (auto* b : t->bounds)
      if (trait_method(b, name)) return true;
  return false;
}

// Equatable's default __ne__ and Comparable's derived <=, >, >= exist only
// for a struct that declares the trait.
bool Checker::declares(Type t, const char* trait) const {
  const tir::Trait* want = builtin_trait(trait);
  return want && conforms(t, want);
}

tir::ExprPtr Checker::struct_unary(ast::UnaryOp op, tir::ExprPtr x, Span span) {
  const char* name = op == ast::UnaryOp::Neg ? "__neg__" : op == ast::UnaryOp::Pos ? "__pos__" : "__invert__";
  if (auto call = call_dunder(x, name, {}, span)) return call;
  error(x->type->kind == TypeKind::TypeParam ? diag::Code::NotInTraitBound : diag::Code::InvalidUnaryOperand, span,
        std::string("invalid operand type for unary '") + ast::spelling(op) + "': '" + types::display(x->type) +
            "' does not implement the '" + name + "' method");
  return invalid(span);
}

tir::ExprPtr Checker::struct_compare(ast::CmpOp op, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  auto not_of = [&](tir::ExprPtr x) -> tir::ExprPtr {
    if (x->type->kind == TypeKind::Invalid) return x;
    if (x->type != types::bool_()) x = explicit_convert(x, types::bool_(), span);
    return std::make_shared<tir::Op>(tir::OpKind::Not, types::bool_(), span, std::vector<tir::ExprPtr>{x});
  };
  auto try_call = [&](tir::ExprPtr self, const char* name, tir::ExprPtr arg) -> tir::ExprPtr {
    if (!is_user_type(self->type) || !accepts(self->type, name, *arg)) return nullptr;
    return call_dunder(self, name, {arg}, span);
  };
  tir::ExprPtr r;
  switch (op) {
    case ast::CmpOp::Eq:
      r = try_call(a, "__eq__", b);
      if (!r) r = try_call(b, "__eq__", a);
      break;
    case ast::CmpOp::Ne:
      r = try_call(a, "__ne__", b);
      if (!r) r = try_call(b, "__ne__", a);
      if (!r && (declares(a->type, "Equatable") || declares(a->type, "EqualityComparable") || declares(a->type, "Comparable")))
        if (auto eq = try_call(a, "__eq__", b)) r = not_of(eq);
      break;
    case ast::CmpOp::Lt: r = try_call(a, "__lt__", b); if (!r) r = try_call(b, "__gt__", a); break;
    case ast::CmpOp::Le:
    case ast::CmpOp::Gt:
    case ast::CmpOp::Ge: {
      const char* own = op == ast::CmpOp::Le ? "__le__" : op == ast::CmpOp::Gt ? "__gt__" : "__ge__";
      const char* mirror = op == ast::CmpOp::Le ? "__ge__" : op == ast::CmpOp::Gt ? "__lt__" : "__le__";
      r = try_call(a, own, b);
      if (!r) r = try_call(b, mirror, a);
      // a > b runs as b < a: only when evaluating b first cannot be observed
      auto order_free = [&](const tir::Expr& x) {
        if (is_lvalue(x) || !tir::has_effects(x)) return true;
        if (x.kind != tir::ExprKind::Call) return false;
        auto& c = x.as<tir::Call>();
        if (!c.callee->synthesized) return false;
        for (auto& arg : c.args)
          if (tir::has_effects(*arg)) return false;
        return true;
      };
      bool keeps_order = op == ast::CmpOp::Ge || (order_free(*a) && order_free(*b));
      if (!r && declares(a->type, "Comparable") && keeps_order) {
        // Comparable's defaults: a <= b is not (b < a); a > b is b < a; a >= b is not (a < b)
        if (op == ast::CmpOp::Gt) r = try_call(b, "__lt__", a);
        else if (op == ast::CmpOp::Le) { if (auto lt = try_call(b, "__lt__", a)) r = not_of(lt); }
        else if (auto lt = try_call(a, "__lt__", b)) r = not_of(lt);
      }
      break;
    }
    case ast::CmpOp::Is:
      r = try_call(a, "__is__", b);
      break;
    case ast::CmpOp::IsNot:
      r = try_call(a, "__isnot__", b);
      if (!r)
        if (auto is = try_call(a, "__is__", b)) r = not_of(is);
      break;
    case ast::CmpOp::In:
    case ast::CmpOp::NotIn:
      r = try_call(b, "__contains__", a);
      if (r && op == ast::CmpOp::NotIn) r = not_of(r);
      break;
    default:
      break;
  }
  if (r) return r;  // a dunder's own result type (Bool for the usual ones)
  const char* wanted = op == ast::CmpOp::Eq ? "__eq__" : op == ast::CmpOp::Ne ? "__ne__" : op == ast::CmpOp::Lt ? "__lt__"
                       : op == ast::CmpOp::Le ? "__le__" : op == ast::CmpOp::Gt ? "__gt__" : op == ast::CmpOp::Ge ? "__ge__"
                       : op == ast::CmpOp::Is ? "__is__" : op == ast::CmpOp::IsNot ? "__isnot__"
                                                                                              : "__contains__";
  bool in = op == ast::CmpOp::In || op == ast::CmpOp::NotIn;
  Type owner = in ? b->type : a->type;
  error(owner->kind == TypeKind::TypeParam ? diag::Code::NotInTraitBound : diag::Code::InvalidOperands,
        op_span.valid() ? op_span : span,
        std::string("invalid operand types for '") + ast::spelling(op) + "': '" + types::display(types::materialize(owner)) +
            "' does not implement the '" + wanted + "' method");
  return invalid(span);
}

// xs[a:b:c] on a runtime collection (stdlib/README.md):
//   ⟶ xs.__getitem_slice__(a, b, c, has_a, has_b)   (an omitted bound: has_* False; step 1)
tir::ExprPtr Checker::slice_call(tir::ExprPtr obj, const ast::SliceExpr& s, Span span) {
  auto bound = [&](const ast::ExprPtr& x, __int128 dflt) -> tir::ExprPtr {
    if (!x) return std::make_shared<tir::IntConst>(types::int_(), span, dflt);
    return coerce(check_expr(*x), types::int_(), "as a slice bound");
  };
  std::vector<tir::ExprPtr> args{bound(s.lower, 0), bound(s.upper, 0), bound(s.step, 1),
                                 std::make_shared<tir::BoolConst>(span, s.lower != nullptr),
                                 std::make_shared<tir::BoolConst>(span, s.upper != nullptr)};
  for (auto& a : args)
    if (a->type->kind == TypeKind::Invalid) return a;
  if (auto call = call_dunder(obj, "__getitem_slice__", std::move(args), span)) return call;
  return invalid(span);
}

tir::ExprPtr Checker::check_subscript(const ast::SubscriptExpr& e) {
  if (auto v = value_pack_element(e)) return v;  // values[i] of `*values: Int` (check_packs.cpp)
  auto obj = check_expr(*e.object);
  if (obj->type->kind == TypeKind::Invalid) return obj;
  if (obj->type->kind == TypeKind::Pointer) return pointer_index(obj, e);
  if (types::is_simd(obj->type)) return simd_index(obj, e);
  if (types::is_simd_like(obj->type) && obj->type != types::int_() && e.indices.size() == 1) {
    // x[0] on a scalar (a SIMD of width 1): the value itself
    auto i = coerce(materialize(check_expr(*e.indices[0].value)), types::int_(), "as a lane index");
    if (i->type->kind == TypeKind::Invalid) return i;
    return obj;
  }
  if (obj->type->kind == TypeKind::Pack && e.indices.size() == 1) return pack_element(obj, *e.indices[0].value, e.span);
  if (obj->type->kind == TypeKind::Variadic && e.indices.size() == 1 && e.indices[0].keyword.empty()) {
    // values[i]: the i-th argument, a place (writable for `mut *values`)
    tir::ExprPtr i = coerce(check_expr(*e.indices[0].value), types::int_(), "as an index");
    if (i->type->kind == TypeKind::Invalid) return i;
    return std::make_shared<tir::Deref>(obj->type->elem, e.span, obj, i);
  }
  if (is_tuple(obj->type) && e.indices.size() == 1 && e.indices[0].keyword.empty() &&
      e.indices[0].value->kind != ast::ExprKind::Slice)
    return tuple_item(obj, *e.indices[0].value, e.span);  // check_tuples.cpp
  if (types::is_stringlike(obj->type) && mod->edition.legacy) return legacy_string_index(obj, e);  // builtins.cpp
  if (types::is_stringlike(obj->type) && e.indices.size() == 1 && e.indices[0].keyword.empty()) {
    bool slice = e.indices[0].value->kind == ast::ExprKind::Slice;
    error(diag::Code::InvalidOperands, find_after(point(e.object->span.file, e.object->span.end ? e.object->span.end - 1 : e.span.begin), "["),
          slice ? "String does not support direct positional slicing like `s[a:b]` because Mojo strings are UTF-8 encoded"
                : "String does not support direct positional indexing like `s[i]` because Mojo strings are UTF-8 encoded")
        .with_help(slice ? "use `s[byte=a:b]` for bytes or `s[codepoint=a:b]` for code points"
                         : "use `s[byte=i]` for a UTF-8 byte or `s[codepoint=i]` for a Unicode code point");
    return invalid(e.span);
  }
  // xs[-1] with a literal: Mojo 1.2's List rejects it at compile time
  if (!mod->edition.legacy && is_stdlib_collection(obj->type, "List") && e.indices.size() == 1 &&
      e.indices[0].keyword.empty() && e.indices[0].value->kind == ast::ExprKind::Unary) {
    auto idx = check_expr(*e.indices[0].value);
    if (idx->kind == tir::ExprKind::IntConst && idx->type->kind == TypeKind::IntLiteral && idx->as<tir::IntConst>().value < 0) {
      Span at = find_after(point(e.object->span.file, e.object->span.end ? e.object->span.end - 1 : e.span.begin), "[");
      error(diag::Code::ConstraintFailed, at,
            "negative indexing is not supported, use e.g. `x[len(x) - 1]`");
      return invalid(e.span);
    }
  }
  if (types::is_stringlike(obj->type) && !e.indices.empty() && !e.indices[0].keyword.empty() &&
      find_methods(types::string(), "__getitem__")) {
    // s[byte=i] / s[codepoint=i] (stdlib/builtin/string.mojo)
    std::vector<ArgIn> args;
    for (auto& i : e.indices) {
      auto v = check_expr(*i.value);
      if (v->type->kind == TypeKind::Invalid) return v;
      args.push_back(ArgIn{i.keyword, v, i.value->span});
    }
    return resolve_call(*find_methods(types::string(), "__getitem__"), "__getitem__", std::move(args),
                        coerce(obj, types::string()), e.span, e.span);
  }
  if (!is_user_type(obj->type)) {
    unsupported(e.span, "subscript / parameter binding");
    return invalid(e.span);
  }
  if (e.indices.size() == 1 && e.indices[0].keyword.empty() && e.indices[0].value->kind == ast::ExprKind::Slice &&
      has_method(obj->type, "__getitem_slice__"))
    return slice_call(obj, e.indices[0].value->as<ast::SliceExpr>(), e.span);
  std::vector<tir::ExprPtr> args;
  for (auto& i : e.indices) {
    if (!i.keyword.empty() || i.value->kind == ast::ExprKind::Slice) {
      unsupported(i.span, "this index");
      return invalid(e.span);
    }
    auto v = check_expr(*i.value);
    if (v->type->kind == TypeKind::Invalid) return v;
    args.push_back(v);
  }
  if (auto call = call_dunder(obj, "__getitem__", std::move(args), e.span)) return call;
  error(diag::Code::InvalidOperands, find_after(point(e.object->span.file, e.object->span.end ? e.object->span.end - 1 : e.span.begin), "["),
        "'" + types::display(obj->type) + "' is not subscriptable: it does not implement the '__getitem__' method");
  return invalid(e.span);
}

}  // namespace mojoc::sema
