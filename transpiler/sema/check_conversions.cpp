// Implicit and explicit conversions.
//
//   IntLiteral 5      as Int8     ⟶ IntConst(5) : Int8          (value wrapped to the width)
//   IntLiteral 5      as Float64  ⟶ FloatConst(5.0) : Float64
//   FloatLiteral 0.5  as Float32  ⟶ FloatConst(0.5) : Float32
//   StringLiteral "a" as String   ⟶ StringConst("a") : String
//   Int x             as Float64  ⟶ error E0401 (Mojo has no implicit Int→Float64)
//   Float64(x)                    ⟶ Convert(Numeric, x) : Float64   (explicit)
//   String(x)                     ⟶ Convert(ToString, x) : String
#include <cmath>

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
__int128 wrap_to(Type t, __int128 v) {
  unsigned __int128 u = static_cast<unsigned __int128>(v);
  switch (t->kind) {
    case TypeKind::Int8: return static_cast<std::int8_t>(u);
    case TypeKind::Int16: return static_cast<std::int16_t>(u);
    case TypeKind::Int32: return static_cast<std::int32_t>(u);
    case TypeKind::Int: case TypeKind::Int64: return static_cast<std::int64_t>(u);
    case TypeKind::UInt8: return static_cast<std::uint8_t>(u);
    case TypeKind::UInt16: return static_cast<std::uint16_t>(u);
    case TypeKind::UInt32: return static_cast<std::uint32_t>(u);
    case TypeKind::UInt: case TypeKind::UInt64: return static_cast<std::uint64_t>(u);
    default: return v;
  }
}
}  // namespace

std::string Checker::literal_display(const tir::Expr& e) const {
  if (e.type->kind == TypeKind::IntLiteral && e.kind == tir::ExprKind::IntConst) {
    __int128 v = e.as<tir::IntConst>().value;
    std::string digits;
    bool neg = v < 0;
    unsigned __int128 u = neg ? static_cast<unsigned __int128>(-v) : static_cast<unsigned __int128>(v);
    do { digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10))); u /= 10; } while (u);
    return "IntLiteral[" + std::string(neg ? "-" : "") + digits + "]";
  }
  if (e.type->kind == TypeKind::FloatLiteral && e.kind == tir::ExprKind::FloatConst) {
    char b[64];
    std::snprintf(b, sizeof b, "%.17g", static_cast<double>(e.as<tir::FloatConst>().value));
    for (int p = 1; p <= 17; ++p) {
      char t[64];
      std::snprintf(t, sizeof t, "%.*g", p, static_cast<double>(e.as<tir::FloatConst>().value));
      if (std::strtod(t, nullptr) == static_cast<double>(e.as<tir::FloatConst>().value)) {
        std::snprintf(b, sizeof b, "%s", t);
        break;
      }
    }
    std::string t = b;
    if (t.find_first_of(".e") == std::string::npos) t += ".0";
    return "FloatLiteral[" + t + "]";
  }
  if (e.kind == tir::ExprKind::FuncRef) {  // a function named directly shows its name: `def f(x: Int) thin -> Int`
    const tir::Function& f = *e.as<tir::FuncRef>().fn;
    std::string s = types::display(e.type);
    return s.rfind("def(", 0) == 0 ? "def " + f.name + s.substr(3) : s;
  }
  if (e.type->kind == TypeKind::StringLiteral && e.kind == tir::ExprKind::StringConst)
    return "StringLiteral[\"" + e.as<tir::StringConst>().value + "\"]";
  return types::display(types::materialize(e.type));
}

int Checker::conversion_cost(const tir::Expr& e, Type to) const {
  Type from = e.type;
  if (from == to) return 0;
  if (from->kind == TypeKind::Invalid || to->kind == TypeKind::Invalid) return 0;
  // a function or closure where a function type is expected: same signature;
  // a thin pointer takes functions only
  if (to->kind == TypeKind::FnType && types::is_callable(from) && callable_matches(from, to))
    return to->thin && from->kind == TypeKind::Closure && !from->fn->captured_refs.empty() ? -1 : 1;
  if (types::is_simd(to)) return simd_conversion_cost(e, to);  // check_simd_types.cpp
  if (types::is_simd(from) && from->symbolic) return 1;         // generic code: checked per instance
  switch (from->kind) {
    case TypeKind::IntLiteral:
      if (to == types::int_()) return 1;
      if (types::is_integer(to)) return 2;
      if (to == types::float64()) return 3;
      if (types::is_float(to)) return 4;
      break;
    case TypeKind::FloatLiteral:
      if (to == types::float64()) return 1;
      if (to == types::float32()) return 2;
      break;
    case TypeKind::StringLiteral:
      if (to == types::string()) return 1;
      break;
    default:
      break;
  }
  if (types::is_struct(to)) {
    // [1, 2] where a List[Float64] is expected: the literal is checked again
    if (literal_sources.count(&e) && types::is_struct(from) && from->decl->instance_of &&
        from->decl->instance_of == to->decl->instance_of)
      return 2;
    if (implicit_init_for(e, to)) return 5;  // @implicit constructor
  }
  return -1;
}

// An `@implicit` constructor of `to` that takes e (one argument, which
// converts without another implicit constructor).
const tir::Function* Checker::implicit_init_for(const tir::Expr& e, Type to) const {
  if (!types::is_struct(to) || e.type == to) return nullptr;
  auto* set = find_methods(to, "__init__");
  if (!set) return nullptr;
  for (auto* f : *set) {
    if (!f->implicit_init || f->params.empty()) continue;
    bool rest_default = true;
    for (std::size_t i = 1; i < f->params.size(); ++i) rest_default &= f->defaults[i] != nullptr;
    if (!rest_default) continue;
    Type p = f->params[0]->type;
    if (p == e.type) return f;
    if (types::is_struct(p)) continue;  // one implicit step only
    if (conversion_cost(e, p) >= 0) return f;
  }
  return nullptr;
}

tir::ExprPtr Checker::coerce(tir::ExprPtr e, Type to, const char* what) {
  if (!e) return invalid(Span{});
  Type from = e->type;
  if (from == to) untyped_literals.erase(e.get());  // `[]` where a List[Int] goes: it is one
  if (from == to || from->kind == TypeKind::Invalid || to->kind == TypeKind::Invalid) return e;
  if (conversion_cost(*e, to) < 0) {
    auto& d = error(diag::Code::TypeMismatch, e->span,
                    "cannot implicitly convert '" + types::display(from) + "' value to '" +
                        types::display(to) + "'" + (what ? std::string(" ") + what : ""));
    if (types::is_numeric(from) && types::is_numeric(to))
      d.with_help("convert explicitly: " + types::display(to) + "(...)");
    return invalid(e->span);
  }
  if (types::is_simd(to) || (types::is_simd(from) && from->symbolic)) {
    if (to->symbolic || types::is_simd(from)) return symbolic_value(to, e->span);
    return simd_splat(e, to);
  }
  if (to->kind == TypeKind::FnType) {
    if (e->kind == tir::ExprKind::FuncRef) return std::make_shared<tir::FuncRef>(to, e->span, e->as<tir::FuncRef>().fn);
    return e;  // the same C++ function pointer under another Mojo spelling
  }
  if (types::is_struct(to)) {
    if (auto r = retype_literal(*e, to)) return r;
    if (const tir::Function* init = implicit_init_for(*e, to)) {
      std::vector<tir::Function*> one{const_cast<tir::Function*>(init)};
      std::vector<ArgIn> args{ArgIn{"", e, e->span}};
      return resolve_call(one, to->decl->name, std::move(args), nullptr, e->span, e->span, /*is_init=*/true);
    }
  }
  switch (from->kind) {
    case TypeKind::IntLiteral: {
      __int128 v = e->as<tir::IntConst>().value;
      if (types::is_integer(to)) {
        auto c = std::make_shared<tir::IntConst>(to, e->span, wrap_to(to, v));
        c->origin = e->as<tir::IntConst>().origin;
        return c;
      }
      long double f = static_cast<long double>(v);
      if (to == types::float32()) f = static_cast<float>(f);
      return std::make_shared<tir::FloatConst>(to, e->span, f);
    }
    case TypeKind::FloatLiteral: {
      long double f = e->as<tir::FloatConst>().value;
      if (to == types::float32()) f = static_cast<float>(static_cast<double>(f));
      auto c = std::make_shared<tir::FloatConst>(to, e->span, f);
      c->origin = e->as<tir::FloatConst>().origin;
      return c;
    }
    case TypeKind::StringLiteral: {
      auto c = std::make_shared<tir::StringConst>(to, e->span, e->as<tir::StringConst>().value);
      c->origin = e->as<tir::StringConst>().origin;
      return c;
    }
    default:
      return invalid(e->span);
  }
}

tir::ExprPtr Checker::materialize(tir::ExprPtr e) {
  if (!e) return e;
  if (e->type->kind == TypeKind::Range || e->type->kind == TypeKind::Module ||
      e->type->kind == TypeKind::Function) {
    error(diag::Code::TypeMismatch, e->span, fmt::format("'{}' cannot be used as a value here", types::display(e->type)));
    return invalid(e->span);
  }
  if (!types::is_literal(e->type)) return e;
  return coerce(e, types::materialize(e->type));
}

tir::ExprPtr Checker::explicit_convert(tir::ExprPtr e, Type to, Span span) {
  if (e->type->kind == TypeKind::Invalid) return invalid(span);
  Type from = e->type;
  if (to == types::bool_() && types::is_stringlike(from)) return string_truth(e, span);
  // Constant folding of conversions of literals.
  if (from->kind == TypeKind::IntLiteral && (types::is_numeric(to))) return coerce(e, to);
  if (from->kind == TypeKind::IntLiteral && to == types::bool_())
    return std::make_shared<tir::BoolConst>(span, e->as<tir::IntConst>().value != 0);
  if (from->kind == TypeKind::FloatLiteral && types::is_float(to)) return coerce(e, to);
  if (from->kind == TypeKind::FloatLiteral && to == types::int_() && mod->edition.legacy) {
    e = coerce(e, types::float64());  // 0.25.6: Int(3.9) truncates to 3 (UInt8(3.9) is an error)
    from = e->type;
  }
  if (from->kind == TypeKind::FloatLiteral && types::is_integer(to)) {
    // Mojo 26.2+ rejects Int(3.9), and even Int(3.0), on a float literal.
    error(diag::Code::InvalidConversion, span,
          "cannot construct '" + types::display(to) + "' from a float literal")
        .with_help("convert through Float64, which truncates toward zero: " + types::display(to) +
                   "(Float64(...))");
    return invalid(span);
  }
  if (from->kind == TypeKind::StringLiteral && to == types::string()) return coerce(e, to);
  if (to == types::string()) {
    e = materialize(e);
    if (e->type == types::string()) return e;
    auto kind = e->type == types::error() ? tir::ConvertKind::ErrorToString : tir::ConvertKind::ToString;
    if (!(types::is_numeric(e->type) || e->type == types::bool_() || e->type == types::error() || types::is_simd(e->type))) {
      error(diag::Code::InvalidConversion, span, "cannot construct 'String' from '" + types::display(e->type) + "'");
      return invalid(span);
    }
    auto c = std::make_shared<tir::Convert>(kind, to, span, e);
    c->is_explicit = true;
    return c;
  }
  e = materialize(e);
  from = e->type;
  if (from == to) return e;
  bool from_ok = types::is_numeric(from) || from == types::bool_();
  bool to_ok = types::is_numeric(to) || to == types::bool_();
  if (!from_ok || !to_ok) {
    error(diag::Code::InvalidConversion, span,
          "cannot construct '" + types::display(to) + "' from '" + types::display(from) + "'");
    return invalid(span);
  }
  auto c = std::make_shared<tir::Convert>(tir::ConvertKind::Numeric, to, span, e);
  c->is_explicit = true;
  return c;
}

//   Bool(s) / `if s:`  ⟶ Op(Gt, Op(ByteLength, s), 0) : Bool   (a literal folds)
tir::ExprPtr Checker::string_truth(tir::ExprPtr s, Span span) {
  if (s->kind == tir::ExprKind::StringConst && !s->as<tir::StringConst>().origin)
    return std::make_shared<tir::BoolConst>(span, !s->as<tir::StringConst>().value.empty());
  auto len = std::make_shared<tir::Op>(tir::OpKind::ByteLength, types::int_(), span,
                                       std::vector<tir::ExprPtr>{coerce(s, types::string())});
  auto zero = std::make_shared<tir::IntConst>(types::int_(), span, 0);
  return std::make_shared<tir::Op>(tir::OpKind::Gt, types::bool_(), span, std::vector<tir::ExprPtr>{len, zero});
}

}  // namespace mojoc::sema
