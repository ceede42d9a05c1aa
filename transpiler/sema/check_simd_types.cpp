// SIMD types, their construction and their implicit conversions.
//
//   SIMD[DType.float32, 4]           ⟶ Simd(Float32, 4)         (C++: mojo::SIMD<float, 4>)
//   SIMD[DType.int8, 1] / Scalar[DType.int8]  ⟶ Int8           (width 1 is the scalar itself)
//   SIMD[dt, w] in generic code      ⟶ Simd symbolic "SIMD[dt, w]" (checked again per instance)
//   SIMD[DType.float32, 4](1, 2, 3, 4) ⟶ Intrinsic mojo::SIMD<float, 4>::of(1.0f, 2.0f, 3.0f, 4.0f)
//   SIMD[DType.float32, 4](x)         ⟶ Intrinsic mojo::SIMD<float, 4>::splat(x)
//   SIMD[DType.float32, 4]()          ⟶ Intrinsic mojo::SIMD<float, 4>()   (all lanes zero)
//   v * 2 / v * Float32(2)            ⟶ the scalar side is splat (an implicit conversion, as in Mojo)
//
// Generic code sees symbolic SIMD types; operations on them are not checked
// (the result is symbolic or silently invalid): every instance is checked
// again with the dtype and width bound, and only instances are emitted.
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::is_simd_name(const std::string& n) const {
  if (n != "SIMD" && n != "Scalar") return false;
  const Symbol* s = lookup(n);
  return !s || s->kind == Symbol::Kind::Builtin;
}

tir::ExprPtr Checker::intrinsic(std::string callee, Type t, Span s, std::vector<tir::ExprPtr> xs, const char* header) {
  auto& hs = program->runtime_headers;
  if (std::find(hs.begin(), hs.end(), header) == hs.end()) hs.push_back(header);
  auto op = std::make_shared<tir::Op>(tir::OpKind::Intrinsic, t, s, std::move(xs));
  op->callee = std::move(callee);
  return op;
}

// The value a symbolic SIMD operation has in generic code: never emitted.
tir::ExprPtr Checker::symbolic_value(Type t, Span s) { return intrinsic("/*generic*/", t, s, {}); }

Type Checker::simd_type(const ast::SubscriptExpr& sub) {
  const std::string& head = sub.object->as<ast::NameExpr>().name;
  bool scalar = head == "Scalar";
  std::vector<ParamDecl> ps(scalar ? 1 : 2);
  ps[0].name = "dtype";
  ps[0].span = sub.object->span;
  ps[0].value_type = types::dtype();
  if (!scalar) {
    ps[1].name = "size";
    ps[1].span = sub.object->span;
    ps[1].value_type = types::int_();
  }
  Binding b;
  bool saved = binding_struct;
  binding_struct = true;
  bool ok = explicit_binding(ps, sub.indices, b, head, sub.span);
  binding_struct = saved;
  if (!ok) return types::invalid();
  auto vals = complete_binding(ps, b, head, sub.span);
  if (!vals) return types::invalid();
  const tir::Expr& d = *(*vals)[0].value;
  Type elem = nullptr;
  std::string dparam;
  if (d.kind == tir::ExprKind::StringConst) {
    elem = types::scalar_of_dtype(d.as<tir::StringConst>().value);
    if (!elem) {
      unsupported(sub.indices[0].value->span, "DType." + d.as<tir::StringConst>().value + " lanes");
      return types::invalid();
    }
  } else {
    dparam = d.kind == tir::ExprKind::ParamRef ? d.as<tir::ParamRef>().name : "?";
  }
  int width = 1;
  std::string wparam;
  if (!scalar) {
    const tir::Expr& w = *(*vals)[1].value;
    if (w.kind == tir::ExprKind::IntConst) {
      __int128 n = w.as<tir::IntConst>().value;
      if (n <= 0 || n > 1024 || (n & (n - 1)) != 0) {
        error(diag::Code::ConstraintFailed, sub.indices.size() > 1 ? sub.indices[1].value->span : sub.span,
              "SIMD width must be a positive power of two, not " + param_display((*vals)[1]))
            .with_help("use a width such as 1, 2, 4, 8 or 16");
        return types::invalid();
      }
      width = static_cast<int>(n);
    } else {
      width = 0;
      wparam = w.kind == tir::ExprKind::ParamRef ? w.as<tir::ParamRef>().name : "";
    }
  }
  if (elem && width) return types::simd_of(elem, width);
  return types::simd_symbolic(elem, dparam, width, wparam);
}

tir::ExprPtr Checker::simd_splat(tir::ExprPtr x, Type to) {
  if (!types::is_simd(to)) return coerce(x, to);
  x = coerce(x, to->elem);
  if (x->type->kind == TypeKind::Invalid) return x;
  return intrinsic(std::string(to->cpp_name) + "::splat", to, x->span, {x});
}

// SIMD[dt, w](...): zero, splat, one value per lane, or another vector's lanes converted.
tir::ExprPtr Checker::simd_construct(Type t, const ast::CallExpr& e) {
  if (!types::is_simd(t) && e.args.size() == 1 && e.args[0].keyword == "fill")  // Scalar[DType.bool](fill=True)
    return coerce(check_expr(*e.args[0].value), t, "as the fill value");
  if (!types::is_simd(t)) return check_builtin_call(types::display(t), e);
  std::vector<tir::ExprPtr> args;
  for (auto& a : e.args) {
    // SIMD[DType.bool, 4](fill=True): the spelling Mojo 1.2 requires for a bool splat
    if (!a.keyword.empty() && !(a.keyword == "fill" && e.args.size() == 1)) {
      error(diag::Code::UnknownKeyword, a.span, "'" + types::display(t) + "' takes no keyword argument '" + a.keyword + "'");
      return invalid(e.span);
    }
    args.push_back(check_expr(*a.value));
    if (args.back()->type->kind == TypeKind::Invalid) return invalid(e.span);
  }
  if (t->symbolic) return symbolic_value(t, e.span);
  if (args.empty()) return intrinsic(std::string(t->cpp_name), t, e.span, {});
  if (args.size() == 1) {
    tir::ExprPtr x = args[0];
    if (types::is_simd(x->type) && !x->type->symbolic) {
      if (x->type->width != t->width) {
        error(diag::Code::InvalidConversion, x->span,
              "cannot construct '" + types::display(t) + "' from '" + types::display(x->type) + "': the widths differ");
        return invalid(e.span);
      }
      if (x->type == t) return x;
      return intrinsic("mojo::simd_cast<" + std::string(t->elem->cpp_name) + ">", t, e.span, {x});
    }
    // a literal converts implicitly; a scalar of another dtype is converted like Float32(x) would
    if (!types::is_literal(x->type) && x->type != t->elem && (types::is_numeric(x->type) || x->type == types::bool_()))
      x = explicit_convert(x, t->elem, x->span);
    return simd_splat(x, t);
  }
  if (static_cast<int>(args.size()) != t->width) {
    error(diag::Code::WrongArgumentCount, call_paren(e),
          fmt::format("'{}' takes 0, 1 or {} values, but {} were given", types::display(t), t->width, args.size()))
        .with_help("give one value per lane, or one value to splat over all lanes");
    return invalid(e.span);
  }
  for (auto& x : args) {
    x = coerce(x, t->elem, "as a SIMD lane");
    if (x->type->kind == TypeKind::Invalid) return invalid(e.span);
  }
  return intrinsic(std::string(t->cpp_name) + "::of", t, e.span, std::move(args));
}

// Implicit conversion into a SIMD type: a literal or a scalar of the lane type splats.
int Checker::simd_conversion_cost(const tir::Expr& e, Type to) const {
  Type from = e.type;
  // generic code: any vector or scalar; a literal matches last (sqrt(2.0) is the Float64 overload)
  if ((types::is_simd(from) && from->symbolic) || to->symbolic)
    return types::is_literal(from) ? 6 : types::is_simd_like(from) || types::is_simd(from) ? 1 : -1;
  if (types::is_simd(from)) return -1;
  Type lane = to->elem;
  if (from == lane) return 2;
  if (from->kind == TypeKind::IntLiteral && (types::is_numeric(lane))) return 3;
  if (from->kind == TypeKind::FloatLiteral && types::is_float(lane)) return 3;
  return -1;
}

// sys.info queries Mojo answers at compile time, folded here so they can be
// SIMD widths: simd_width_of[DType.float32]() / simd_width_of[Float32]() (0.25:
// simdwidthof), size_of[...]() (sizeof), bit_width_of[...](), align_of[...]().
// Null: not one of them, or a type the runtime's binding answers (a struct).
tir::ExprPtr Checker::target_query(const std::string& name, const ast::SubscriptExpr& callee, const ast::CallExpr& e) {
  static const char* names[] = {"simd_width_of", "simdwidthof", "size_of", "sizeof", "bit_width_of", "bitwidthof", "align_of", "alignof"};
  bool known = false;
  for (const char* k : names) known |= name == k;
  if (!known || callee.indices.size() != 1 || !e.args.empty()) return nullptr;
  const ast::Expr& arg = *callee.indices[0].value;
  Type lane = nullptr;
  // a type names a struct, a type parameter or alias, a builtin type or SIMD[...]; anything else is a DType value
  bool is_dtype = arg.kind == ast::ExprKind::Attribute;
  if (arg.kind == ast::ExprKind::Name) {
    const std::string& an = arg.as<ast::NameExpr>().name;
    const Symbol* s = lookup(an);
    bool names_type = s ? (s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::TypeName ||
                           s->kind == Symbol::Kind::TypeParam)
                        : types::by_name(an) != nullptr;
    is_dtype = !names_type;
  }
  if (is_dtype) {
    ParamDecl d;
    d.name = "dtype";
    d.value_type = types::dtype();
    auto v = param_argument(arg, d, name);
    if (!v) return invalid(e.span);
    if (v->value->kind != tir::ExprKind::StringConst) return symbolic_value(types::int_(), e.span);
    const std::string& dn = v->value->as<tir::StringConst>().value;
    lane = types::scalar_of_dtype(dn);
    if (!lane && (dn == "float16" || dn == "bfloat16") && name.find("simd") == std::string::npos)
      return std::make_shared<tir::IntConst>(types::int_(), e.span, name.rfind("bit", 0) == 0 ? 16 : 2);
  } else {
    Type t = resolve_type(arg);
    if (t->kind == TypeKind::Invalid) return invalid(e.span);
    if (types::is_simd(t) && t->symbolic) return symbolic_value(types::int_(), e.span);
    if (!types::is_simd_like(t)) return nullptr;
    if (types::is_simd(t) && name.find("simd") == std::string::npos) {
      int bytes = (t->elem == types::bool_() ? 1 : types::bit_width(t->elem) / 8) * t->width;
      __int128 r = name.rfind("bit", 0) == 0 ? bytes * 8 : bytes;
      return std::make_shared<tir::IntConst>(types::int_(), e.span, r);
    }
    lane = types::lane_type(t);
  }
  if (!lane) return nullptr;
  int size = lane == types::bool_() ? 1 : types::bit_width(lane) / 8;
  int reg = options.simd_bytes;
  if (reg == 0) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    reg = __builtin_cpu_supports("avx512f") ? 64 : __builtin_cpu_supports("avx") ? 32 : 16;
#else
    reg = 16;
#endif
  }
  __int128 r = name.find("simd") != std::string::npos ? reg / size
               : name.rfind("bit", 0) == 0                ? (lane == types::bool_() ? 1 : size * 8)
                                                          : size;
  return std::make_shared<tir::IntConst>(types::int_(), e.span, r);
}

}  // namespace mojoc::sema
