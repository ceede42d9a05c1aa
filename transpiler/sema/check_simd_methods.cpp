// Methods of SIMD vectors and scalars (a scalar is a SIMD of width 1, so
// `Float32(x).cast[DType.int32]()` and `v.cast[DType.int32]()` are one method).
//
//   v.reduce_add()               ⟶ Intrinsic mojo::simd_reduce_add(v) : the lane type
//   v.cast[DType.int32]()        ⟶ Intrinsic mojo::simd_cast<mojo::Int32>(v) : SIMD[int32, w]
//   v.lt(w)                      ⟶ Intrinsic mojo::simd_lt(v, w) : SIMD[bool, w]   (also eq ne le gt ge)
//   m.select(a, b)               ⟶ Intrinsic mojo::simd_select(m, a, b)
//   v.fma(b, c) / v.clamp(lo, hi) ⟶ Intrinsic mojo::simd_fma(v, b, c) / mojo::simd_clamp(v, lo, hi)
//   v.shuffle[3, 2, 1, 0]()      ⟶ Intrinsic mojo::simd_shuffle<3, 2, 1, 0>(v)
//   v.slice[2, offset=1]()       ⟶ Intrinsic mojo::simd_slice<2, 1>(v)
//   v.insert[offset=2](w)        ⟶ Intrinsic mojo::simd_insert<2>(v, w)
//   v.join(w) / v.interleave(w)  ⟶ a vector of twice the width
//   v.rotate_left[k]() ...       ⟶ Intrinsic mojo::simd_rotate_left<k>(v)
// The runtime (runtime-headers/mojo/simd/) gives each of these a scalar
// overload too, so a width-1 receiver needs nothing special here.
#include <fmt/format.h>

#include <set>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
const std::set<std::string>& simd_method_names() {
  static const std::set<std::string> names = {
      "reduce_add", "reduce_mul", "reduce_max", "reduce_min", "reduce_and", "reduce_or", "reduce_xor",
      "reduce_bit_count", "cast", "eq", "ne", "lt", "le", "gt", "ge", "select", "fma", "clamp",
      "shuffle", "slice", "insert", "join", "interleave", "deinterleave", "reversed", "rotate_left", "rotate_right",
      "shift_left", "shift_right"};
  return names;
}
}  // namespace

bool Checker::has_simd_method(const std::string& name) const { return simd_method_names().count(name) != 0; }

tir::ExprPtr Checker::simd_method(tir::ExprPtr v, const ast::AttributeExpr& attr, const ast::CallExpr& e,
                                  const std::vector<ast::Argument>* params) {
  const std::string& n = attr.name;
  if (!has_simd_method(n)) return nullptr;
  v = materialize(v);
  Type t = v->type;
  if (!types::is_simd_like(t)) return nullptr;
  Span name_at = attr.name_span.valid() ? attr.name_span : e.span;
  std::vector<tir::ExprPtr> args;
  for (auto& a : e.args) {
    if (!a.keyword.empty()) {
      error(diag::Code::UnknownKeyword, a.span, "'" + n + "' takes no keyword argument '" + a.keyword + "'");
      return invalid(e.span);
    }
    args.push_back(check_expr(*a.value));
    if (args.back()->type->kind == TypeKind::Invalid) return invalid(e.span);
  }
  if (types::is_simd(t) && t->symbolic) return invalid(e.span);  // generic code: checked per instance
  Type lane = types::lane_type(t);
  int width = types::lane_count(t);
  std::string lane_cpp = lane->cpp_name;

  // ---- compile-time arguments
  std::vector<const ast::Argument*> pos;
  std::map<std::string, const ast::Argument*> kw;
  if (params)
    for (auto& p : *params) {
      if (p.keyword.empty()) pos.push_back(&p);
      else kw[p.keyword] = &p;
    }
  bool symbolic_param = false;
  auto int_param = [&](const ast::Argument& a, const char* what) -> std::optional<long long> {
    ParamDecl d;
    d.name = what;
    d.value_type = types::int_();
    auto pv = param_argument(*a.value, d, n);
    if (!pv) return std::nullopt;
    if (pv->value->kind != tir::ExprKind::IntConst) {
      symbolic_param = true;
      return 0;
    }
    return static_cast<long long>(pv->value->as<tir::IntConst>().value);
  };
  auto want_params = [&](std::size_t npos, std::initializer_list<const char*> kws) {
    if (!params && npos == 0) return true;
    std::size_t allowed = npos;
    bool ok = pos.size() <= allowed || allowed == static_cast<std::size_t>(-1);
    for (auto& [k, a] : kw) {
      bool known = false;
      for (const char* x : kws) known |= k == x;
      if (!known) {
        error(diag::Code::UnknownKeyword, a->span, "'" + n + "' has no compile-time parameter '" + k + "'");
        return false;
      }
    }
    if (!ok) {
      error(diag::Code::WrongArgumentCount, name_at, "'" + n + "' takes " + std::to_string(npos) + " compile-time parameter(s)");
      return false;
    }
    return true;
  };
  auto want_args = [&](std::size_t k) {
    if (args.size() == k) return true;
    error(diag::Code::WrongArgumentCount, call_paren(e),
          fmt::format("'{}' takes {} argument{}, but {} were given", n, k, k == 1 ? "" : "s", args.size()));
    return false;
  };
  auto same = [&](tir::ExprPtr x) {
    if (conversion_cost(*x, t) < 0) {
      error(diag::Code::TypeMismatch, x->span,
            "cannot implicitly convert '" + types::display(x->type) + "' value to '" + types::display(t) + "'");
      return invalid(x->span);
    }
    return coerce(x, t);
  };
  auto call = [&](std::string callee, Type result, std::vector<tir::ExprPtr> xs) {
    for (auto& x : xs)
      if (x->type->kind == TypeKind::Invalid) return invalid(e.span);
    return intrinsic(std::move(callee), result, e.span, std::move(xs));
  };

  if (n.rfind("reduce_", 0) == 0) {
    if (pos.size() == 1 && kw.empty() && n != "reduce_bit_count") {
      // v.reduce_add[2](): a partial reduction to 2 lanes
      auto out = int_param(*pos[0], "size_out");
      if (!out || !want_args(0)) return invalid(e.span);
      if (symbolic_param) return invalid(e.span);
      if (*out <= 0 || *out > width || (*out & (*out - 1))) {
        error(diag::Code::ConstraintFailed, pos[0]->value->span, fmt::format("'{}' cannot reduce {} lanes to {}", n, width, *out));
        return invalid(e.span);
      }
      if (*out > 1)
        return call(fmt::format("mojo::simd_{}<{}>", n, *out), types::simd_of(lane, static_cast<int>(*out)), {v});
    } else if (!want_params(0, {}) || !want_args(0)) {
      return invalid(e.span);
    }
    bool bits = n == "reduce_and" || n == "reduce_or" || n == "reduce_xor" || n == "reduce_bit_count";
    if (bits && !types::is_integer(lane) && lane != types::bool_()) {
      error(diag::Code::InvalidOperands, name_at, "'" + n + "' needs integer or bool lanes, not '" + types::display(lane) + "'");
      return invalid(e.span);
    }
    if (!bits && lane == types::bool_()) {
      error(diag::Code::InvalidOperands, name_at, "'" + n + "' needs numeric lanes, not 'Bool'");
      return invalid(e.span);
    }
    return call("mojo::simd_" + n, n == "reduce_bit_count" ? types::int_() : lane, {v});
  }
  if (n == "cast") {
    if (pos.size() != 1 || !kw.empty()) {
      error(diag::Code::WrongArgumentCount, name_at, "'cast' takes the target dtype: 'v.cast[DType.float32]()'");
      return invalid(e.span);
    }
    if (!want_args(0)) return invalid(e.span);
    ParamDecl d;
    d.name = "dtype";
    d.value_type = types::dtype();
    auto pv = param_argument(*pos[0]->value, d, n);
    if (!pv) return invalid(e.span);
    if (pv->value->kind != tir::ExprKind::StringConst) return invalid(e.span);  // a parameter: per instance
    Type to = types::scalar_of_dtype(pv->value->as<tir::StringConst>().value);
    if (!to) {
      unsupported(pos[0]->value->span, "DType." + pv->value->as<tir::StringConst>().value + " lanes");
      return invalid(e.span);
    }
    if (to == lane) return v;
    return call("mojo::simd_cast<" + std::string(to->cpp_name) + ">", types::simd_of(to, width), {v});
  }
  if (n == "eq" || n == "ne" || n == "lt" || n == "le" || n == "gt" || n == "ge") {
    if (!want_params(0, {}) || !want_args(1)) return invalid(e.span);
    return call("mojo::simd_" + n, types::simd_of(types::bool_(), width), {v, same(args[0])});
  }
  if (n == "select") {
    if (!want_params(0, {}) || !want_args(2)) return invalid(e.span);
    if (lane != types::bool_()) {
      error(diag::Code::InvalidOperands, name_at, "'select' is a method of a bool mask, not of '" + types::display(t) + "'");
      return invalid(e.span);
    }
    // the cases share a type: the first one that is not a literal decides it
    Type ct = !types::is_literal(args[0]->type) ? args[0]->type : types::materialize(args[1]->type);
    if (types::is_literal(args[1]->type) && types::is_literal(args[0]->type)) ct = types::materialize(args[0]->type);
    if (types::lane_count(ct) != width) {
      Type widened = types::simd_of(types::lane_type(ct), width);
      if (types::lane_count(ct) != 1) {
        error(diag::Code::TypeMismatch, args[0]->span, "the cases of 'select' must have the mask's width " + std::to_string(width));
        return invalid(e.span);
      }
      ct = widened;
    }
    auto coerce_case = [&](tir::ExprPtr x) {
      if (conversion_cost(*x, ct) < 0) {
        error(diag::Code::TypeMismatch, x->span,
              "cannot implicitly convert '" + types::display(x->type) + "' value to '" + types::display(ct) + "'");
        return invalid(x->span);
      }
      return coerce(x, ct);
    };
    return call("mojo::simd_select", ct, {v, coerce_case(args[0]), coerce_case(args[1])});
  }
  if (n == "fma" || n == "clamp") {
    if (!want_params(0, {}) || !want_args(2)) return invalid(e.span);
    return call("mojo::simd_" + n, t, {v, same(args[0]), same(args[1])});
  }
  if (n == "join" || n == "interleave") {
    if (!want_params(0, {}) || !want_args(1)) return invalid(e.span);
    return call("mojo::simd_" + n, types::simd_of(lane, width * 2), {v, same(args[0])});
  }
  if (n == "deinterleave") {  // (even lanes, odd lanes): a Tuple of two half-width vectors
    if (!want_params(0, {}) || !want_args(0)) return invalid(e.span);
    if (width < 2) {
      error(diag::Code::ConstraintFailed, name_at, "'deinterleave' needs at least 2 lanes");
      return invalid(e.span);
    }
    Type half = types::simd_of(lane, width / 2);
    Type t2 = tuple_type({half, half}, e.span);
    if (t2->kind == TypeKind::Invalid) return invalid(e.span);
    return intrinsic("mojo::simd_deinterleave_tuple", t2, e.span, {v}, "mojo/simd/tuple.hpp");
  }
  if (n == "reversed") {
    if (!want_params(0, {}) || !want_args(0)) return invalid(e.span);
    return call("mojo::simd_reversed", t, {v});
  }
  if (n == "rotate_left" || n == "rotate_right" || n == "shift_left" || n == "shift_right") {
    if (pos.size() != 1 || !kw.empty() || !want_args(0)) {
      error(diag::Code::WrongArgumentCount, name_at, "'" + n + "' takes the lane count: 'v." + n + "[1]()'");
      return invalid(e.span);
    }
    auto k = int_param(*pos[0], "shift");
    if (!k) return invalid(e.span);
    if (symbolic_param) return invalid(e.span);
    bool rotate = n.rfind("rotate", 0) == 0;
    if (*k > width || *k < (rotate ? -width : 0)) {
      error(diag::Code::ConstraintFailed, pos[0]->value->span,
            fmt::format("'{}' needs a count from 0 to the width {}, not {}", n, width, *k));
      return invalid(e.span);
    }
    return call(fmt::format("mojo::simd_{}<{}>", n, *k), t, {v});
  }
  if (n == "shuffle") {
    if (!kw.empty() || pos.empty() || args.size() > 1) {
      error(diag::Code::WrongArgumentCount, name_at, "'shuffle' takes lane indices, and optionally a second vector: 'v.shuffle[1, 0](w)'");
      return invalid(e.span);
    }
    std::string idx;
    long long limit = args.empty() ? width : 2LL * width;
    for (auto* p : pos) {
      auto k = int_param(*p, "mask");
      if (!k) return invalid(e.span);
      if (symbolic_param) return invalid(e.span);
      if (*k < 0 || *k >= limit) {
        error(diag::Code::ConstraintFailed, p->value->span,
              fmt::format("shuffle index {} is out of range: the lanes are numbered 0 to {}", *k, limit - 1));
        return invalid(e.span);
      }
      idx += (idx.empty() ? "" : ", ") + std::to_string(*k);
    }
    int out_w = static_cast<int>(pos.size());
    if (out_w & (out_w - 1)) {
      error(diag::Code::ConstraintFailed, name_at, "a shuffle must give a power-of-two number of lanes, not " + std::to_string(out_w));
      return invalid(e.span);
    }
    std::vector<tir::ExprPtr> xs{v};
    if (!args.empty()) xs.push_back(same(args[0]));
    return call("mojo::simd_shuffle<" + idx + ">", types::simd_of(lane, out_w), std::move(xs));
  }
  if (n == "slice") {
    if (pos.size() != 1 || !want_params(1, {"offset"}) || !want_args(0)) {
      if (pos.size() != 1) error(diag::Code::WrongArgumentCount, name_at, "'slice' takes the width: 'v.slice[2, offset=1]()'");
      return invalid(e.span);
    }
    auto w = int_param(*pos[0], "output_width");
    std::optional<long long> off = 0;
    if (kw.count("offset")) off = int_param(*kw["offset"], "offset");
    if (!w || !off) return invalid(e.span);
    if (symbolic_param) return invalid(e.span);
    if (*w <= 0 || (*w & (*w - 1)) || *off < 0 || *off + *w > width) {
      error(diag::Code::ConstraintFailed, pos[0]->value->span,
            fmt::format("slice of {} lanes at offset {} does not fit in {} lanes", *w, *off, width));
      return invalid(e.span);
    }
    if (*w == width) return v;
    return call(fmt::format("mojo::simd_slice<{}, {}>", *w, *off), types::simd_of(lane, static_cast<int>(*w)), {v});
  }
  if (n == "insert") {
    if (!pos.empty() || !want_params(0, {"offset"}) || !want_args(1)) return invalid(e.span);
    std::optional<long long> off = 0;
    if (kw.count("offset")) off = int_param(*kw["offset"], "offset");
    if (!off) return invalid(e.span);
    if (symbolic_param) return invalid(e.span);
    tir::ExprPtr w = materialize(args[0]);
    if (types::lane_type(w->type) != lane && !types::is_literal(args[0]->type)) {
      error(diag::Code::TypeMismatch, w->span, "'insert' takes lanes of the same dtype, not '" + types::display(w->type) + "'");
      return invalid(e.span);
    }
    if (types::is_literal(args[0]->type)) w = coerce(args[0], lane);
    int ww = types::lane_count(w->type);
    if (*off < 0 || *off + ww > width) {
      error(diag::Code::ConstraintFailed, kw.count("offset") ? kw["offset"]->value->span : name_at,
            fmt::format("inserting {} lanes at offset {} does not fit in {} lanes", ww, *off, width));
      return invalid(e.span);
    }
    return call(fmt::format("mojo::simd_insert<{}>", *off), t, {v, w});
  }
  (void)lane_cpp;
  return nullptr;
}

// DType's compile-time questions: DType.float32.is_floating_point() ⟶ BoolConst(true).
// On a DType parameter in generic code the answer waits for the instance.
tir::ExprPtr Checker::dtype_method(tir::ExprPtr d, const ast::AttributeExpr& attr, const ast::CallExpr& e) {
  const std::string& n = attr.name;
  static const char* known[] = {"is_floating_point", "is_integral", "is_signed", "is_unsigned", "is_numeric", "bit_width",
                                "size_of", "sizeof", "is_bool"};
  bool ok = false;
  for (const char* k : known) ok |= n == k;
  if (!ok) return nullptr;
  if (!e.args.empty()) {
    error(diag::Code::WrongArgumentCount, call_paren(e), "'" + n + "' takes no arguments");
    return invalid(e.span);
  }
  bool counts = n == "bit_width" || n == "size_of" || n == "sizeof";
  if (d->kind != tir::ExprKind::StringConst) {
    // symbolic: carries the parameter, so `comptime if dt.is_floating_point()` waits for the instance
    return intrinsic("/*generic*/", counts ? types::int_() : types::bool_(), e.span, {d});
  }
  const std::string& dt = d->as<tir::StringConst>().value;
  bool is_float = dt == "float16" || dt == "bfloat16" || dt == "float32" || dt == "float64";
  bool is_uint = dt.rfind("uint", 0) == 0;
  bool is_int = !is_uint && (dt.rfind("int", 0) == 0 || dt == "index");
  if (counts) {
    Type lane = types::scalar_of_dtype(dt);
    int bits = dt == "bool" ? 8 : lane ? types::bit_width(lane) : dt == "float16" || dt == "bfloat16" ? 16 : 64;
    if (n == "bit_width" && dt == "bool") bits = 1;
    return std::make_shared<tir::IntConst>(types::int_(), e.span, n == "bit_width" ? bits : bits / 8);
  }
  bool r = n == "is_floating_point" ? is_float
           : n == "is_integral"     ? is_int || is_uint
           : n == "is_signed"       ? is_int || is_float
           : n == "is_unsigned"     ? is_uint
           : n == "is_bool"         ? dt == "bool"
                                    : is_int || is_uint || is_float;
  return std::make_shared<tir::BoolConst>(e.span, r);
}

}  // namespace mojoc::sema
