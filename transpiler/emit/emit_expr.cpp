// Expressions.  Every operand already has its final type (sema made all
// conversions explicit), so each node maps to one C++ form:
//
//   Op(FloorDiv, a, b) : Int       ⟶ mojo::floordiv(a, b)
//   Op(TrueDiv, a, b)  : Int       ⟶ mojo::truediv(a, b)
//   Op(TrueDiv, a, b)  : Float64   ⟶ (a / b)
//   Convert(Numeric, x) : Float64  ⟶ mojo::cast<double>(x)
//   Call(f, raises)                ⟶ MOJO_TRY(f(...))  or  MOJO_TRY_OR_GOTO(f(...), err_N, except_N)
//   CompareChain(a < b < c)        ⟶ ((a < b) && (b < c))  when operands are simple, else a
//                                    statement expression that evaluates each operand once
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "emit/emitter.hpp"

namespace mojoc::emit {

using tir::ExprKind;
using tir::OpKind;

namespace {
std::string int_text(__int128 v, bool is_unsigned) {
  if (is_unsigned) {
    unsigned long long u = static_cast<unsigned long long>(v);
    return std::to_string(u) + (u > 0x7FFFFFFFull ? "ULL" : "");
  }
  long long s = static_cast<long long>(v);
  if (s == (-9223372036854775807LL - 1)) return "(-9223372036854775807LL - 1)";
  std::string t = std::to_string(s);
  if (s > 2147483647LL || s < -2147483647LL) t += "LL";
  return s < 0 ? "(" + t + ")" : t;
}

std::string float_text(long double v, bool is_float32) {
  // Round to the target type first: a literal such as 1e300 * 1e10 is finite
  // as a long double but overflows to inf as a Float64.
  double rounded = is_float32 ? static_cast<double>(static_cast<float>(v)) : static_cast<double>(v);
  if (std::isnan(rounded)) return is_float32 ? "__builtin_nanf(\"\")" : "__builtin_nan(\"\")";
  if (std::isinf(rounded))
    return std::string(rounded < 0 ? "(-" : "(") + (is_float32 ? "__builtin_inff())" : "__builtin_inf())");
  char b[64];
  if (is_float32) {
    float f = static_cast<float>(v);
    for (int p = 6; p <= 9; ++p) {
      std::snprintf(b, sizeof b, "%.*g", p, static_cast<double>(f));
      if (std::strtof(b, nullptr) == f) break;
    }
  } else {
    double d = static_cast<double>(v);
    for (int p = 15; p <= 17; ++p) {
      std::snprintf(b, sizeof b, "%.*g", p, d);
      if (std::strtod(b, nullptr) == d) break;
    }
  }
  std::string t = b;
  if (t.find_first_of(".e") == std::string::npos) t += ".0";
  if (is_float32) t += "f";
  return t[0] == '-' ? "(" + t + ")" : t;
}

const char* binop(OpKind k) {
  switch (k) {
    case OpKind::Add: case OpKind::Concat: return "+";
    case OpKind::Sub: return "-";
    case OpKind::Mul: return "*";
    case OpKind::TrueDiv: return "/";
    case OpKind::BitAnd: return "&";
    case OpKind::BitOr: return "|";
    case OpKind::BitXor: return "^";
    case OpKind::Shl: return "<<";
    case OpKind::Shr: return ">>";
    case OpKind::And: return "&&";
    case OpKind::Or: return "||";
    case OpKind::Eq: return "==";
    case OpKind::Ne: return "!=";
    case OpKind::Lt: return "<";
    case OpKind::Le: return "<=";
    case OpKind::Gt: return ">";
    case OpKind::Ge: return ">=";
    default: return "?";
  }
}
}  // namespace

std::string Emitter::strip_parens(const std::string& s) {
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return s;
  if (s[1] == '{') return s;  // a GNU statement expression keeps its parentheses
  int depth = 0;
  bool in_str = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '(') ++depth;
    else if (c == ')' && --depth == 0 && i + 1 != s.size()) return s;  // first '(' closes early
  }
  return strip_parens(s.substr(1, s.size() - 2));
}

std::string Emitter::top(const tir::Expr& e, bool bare_ok) { return strip_parens(expr(e, bare_ok)); }

bool Emitter::is_simple(const tir::Expr& e) {
  switch (e.kind) {
    case ExprKind::IntConst: case ExprKind::FloatConst: case ExprKind::BoolConst: case ExprKind::StringConst:
    case ExprKind::LocalRef: case ExprKind::GlobalRef:
      return true;
    default:
      return false;
  }
}

std::string Emitter::constant(const tir::Expr& e, bool bare_ok) const {
  switch (e.kind) {
    case ExprKind::IntConst: {
      auto& c = e.as<tir::IntConst>();
      if (c.origin && c.origin->type == e.type) return global_name(*c.origin);
      bool is_unsigned = sema::types::is_integer(e.type) && !sema::types::is_signed_integer(e.type);
      std::string t = int_text(c.value, is_unsigned);
      if (bare_ok) return t;
      return cpp_type(e.type) + "(" + strip_parens(t) + ")";
    }
    case ExprKind::FloatConst: {
      auto& c = e.as<tir::FloatConst>();
      if (c.origin && c.origin->type == e.type) return global_name(*c.origin);
      return float_text(c.value, e.type->kind == tir::TypeKind::Float32);
    }
    case ExprKind::BoolConst: {
      auto& c = e.as<tir::BoolConst>();
      if (c.origin) return global_name(*c.origin);
      return c.value ? "true" : "false";
    }
    case ExprKind::StringConst: {
      auto& c = e.as<tir::StringConst>();
      if (c.origin && c.origin->type == e.type) return global_name(*c.origin);
      std::string lit = string_literal(c.value);
      bool has_nul = c.value.find('\0') != std::string::npos;
      if (has_nul) lit += ", " + std::to_string(c.value.size());
      if (e.type->kind == tir::TypeKind::String)
        return has_nul ? "mojo::String(mojo::StringLiteral(" + lit + "))" : "mojo::String(" + lit + ")";
      return "mojo::StringLiteral(" + lit + ")";
    }
    default:
      return "/*?*/";
  }
}

std::string Emitter::expr(const tir::Expr& e, bool bare_ok) {
  if (auto it = hoisted.find(&e); it != hoisted.end()) return it->second;
  auto pointers = [](const std::vector<tir::ExprPtr>& xs) {
    std::vector<const tir::Expr*> v;
    for (auto& x : xs) v.push_back(x.get());
    return v;
  };
  switch (e.kind) {
    case ExprKind::IntConst: case ExprKind::FloatConst: case ExprKind::BoolConst: case ExprKind::StringConst:
      return constant(e, bare_ok);
    case ExprKind::LocalRef: return local_name(*e.as<tir::LocalRef>().local);
    case ExprKind::GlobalRef: return global_name(*e.as<tir::GlobalRef>().global);
    // only generic bodies hold ParamRefs, and those are never emitted
    case ExprKind::ParamRef: return ident(e.as<tir::ParamRef>().name);
    case ExprKind::Closure: return closure(e.as<tir::ClosureExpr>());
    case ExprKind::FuncRef: return "&" + function_name(*e.as<tir::FuncRef>().fn);
    case ExprKind::VariadicPack: {
      // mojo::Variadic<T>{a, b} / mojo::MutVariadic<T>{&a, &b}
      auto& p = e.as<tir::VariadicPack>();
      bool mut = p.type->thin;
      std::string s = cpp_type(p.type) + "{";
      for (std::size_t i = 0; i < p.elements.size(); ++i) {
        std::string v = std::string(mut ? "&" : "") + top(*p.elements[i]);
        // `**opts`: {"key", value} entries
        s += (i ? ", " : "") + (i < p.keys.size() ? "{" + string_literal(p.keys[i]) + ", " + v + "}" : v);
      }
      return s + "}";
    }
    case ExprKind::Call:
      return in_order(pointers(e.as<tir::Call>().args), [&] { return call(e.as<tir::Call>()); });
    case ExprKind::Op:
      return in_order(pointers(e.as<tir::Op>().operands), [&] { return op(e.as<tir::Op>()); });
    case ExprKind::Convert: {
      auto& c = e.as<tir::Convert>();
      std::string x = expr(*c.operand);
      switch (c.conv) {
        case tir::ConvertKind::Numeric:
          return "mojo::cast<" + cpp_type(e.type) + ">(" + strip_parens(x) + ")";
        case tir::ConvertKind::ToString:
        case tir::ConvertKind::ErrorToString:
        case tir::ConvertKind::LiteralString:
          return "mojo::String(" + x + ")";
      }
      return x;
    }
    case ExprKind::Conditional: {
      auto& c = e.as<tir::Conditional>();
      return fmt::format("({} ? {} : {})", expr(*c.cond), expr(*c.then), expr(*c.otherwise));
    }
    case ExprKind::CompareChain: return compare_chain(e.as<tir::CompareChain>());
    case ExprKind::Print:
      return in_order(pointers(e.as<tir::Print>().values), [&] { return print(e.as<tir::Print>()); });
    case ExprKind::FieldRef: {
      auto& f = e.as<tir::FieldRef>();
      return expr(*f.object) + "." + ident(f.object->type->decl->fields[static_cast<std::size_t>(f.index)].name);
    }
    case ExprKind::Copy: return lifecycle_call("copy", *e.as<tir::Copy>().operand);
    case ExprKind::Move: return lifecycle_call(e.as<tir::Move>().elide ? "move_elided" : "move", *e.as<tir::Move>().operand);
    case ExprKind::TempRef: {
      // evaluated into its hidden local (declared at the top of the function)
      auto& t = e.as<tir::TempRef>();
      std::string n = local_name(*t.temp);
      return "mojo::detail::bind(" + n + ", " + top(*t.init) + ")";
    }
    case ExprKind::WriteTo: return "mojo::String(" + top(*e.as<tir::WriteTo>().value) + ")";
    case ExprKind::Deref: {
      auto& d = e.as<tir::Deref>();
      std::string p = expr(*d.pointer);
      if (d.index->kind == ExprKind::IntConst && d.index->as<tir::IntConst>().value == 0) return "(*" + p + ")";
      return p + "[" + raw_index(*d.index) + "]";
    }
    case ExprKind::Then: {
      // ({ auto v = value; a.m__del__(); v; })
      auto& t = e.as<tir::Then>();
      std::string s = "({ ";
      std::string v;
      if (t.type->kind == tir::TypeKind::NoneType) {
        s += top(*t.value) + "; ";
      } else {
        v = fresh("val");
        s += "auto " + v + " = " + top(*t.value) + "; ";
      }
      for (auto& d : t.after) s += lifecycle_call("destroy", *d->as<tir::Destroy>().target) + "; ";
      if (!v.empty()) s += v + "; ";
      return s + "})";
    }
  }
  return "/*?*/";
}

// An Int used as a C++ pointer offset: its raw int64 (`i.value`).
std::string Emitter::raw_index(const tir::Expr& e) {
  if (e.kind == ExprKind::IntConst) return strip_parens(constant(e, true));
  std::string x = expr(e);
  if (e.kind == ExprKind::LocalRef || e.kind == ExprKind::FieldRef) return x + ".value";
  return "(" + strip_parens(x) + ").value";
}

std::string Emitter::call(const tir::Call& c) {
  const tir::Function& f = *c.callee;
  std::string s;
  std::size_t first = 0;
  if (c.callee_value) {
    // through a closure or a function value
    const tir::Expr& v = *c.callee_value;
    std::string callee = expr(v);
    s = (v.kind == ExprKind::LocalRef || v.kind == ExprKind::FieldRef ? callee : "(" + callee + ")") + "(";
  } else if (f.bound && f.binding.find("::") != std::string::npos) {
    s = f.binding + "(";  // a runtime free function; a method's receiver goes first
  } else if (f.method_kind == tir::MethodKind::Instance || f.method_kind == tir::MethodKind::Del) {
    // recv.method(args): the receiver is the first argument
    std::string recv = expr(*c.args[0]);
    bool bare = c.args[0]->kind == ExprKind::LocalRef || c.args[0]->kind == ExprKind::FieldRef ||
                c.args[0]->kind == ExprKind::TempRef || recv.back() == ')';
    s = (bare ? recv : "(" + recv + ")") + "." + method_name(f) + "(";
    first = 1;
  } else if (f.method_kind != tir::MethodKind::Free) {
    // P::m__init__(args), P::origin(args), T::create(args)
    std::string owner = f.owner ? cpp_type(f.owner->type) : !c.type_args.empty() ? cpp_type(c.type_args[0]) : "?";
    s = owner + "::" + method_name(f) + "(";
  } else {
    s = function_name(f);
    if (!c.type_args.empty()) {
      s += "<";
      for (std::size_t i = 0; i < c.type_args.size(); ++i) s += (i ? ", " : "") + cpp_type(c.type_args[i]);
      s += ">";
    }
    s += "(";
  }
  for (std::size_t i = first; i < c.args.size(); ++i) {
    if (i > first) s += ", ";
    s += top(*c.args[i]);
  }
  s += ")";
  if (!c.raises) return s;
  const RaiseTarget& t = raise_targets.back();
  if (!c.on_error.empty()) {
    // the values alive at the call die before the error moves on
    std::string cleanup = "{";
    for (auto& d : c.on_error) cleanup += " " + lifecycle_call("destroy", *d->as<tir::Destroy>().target) + ";";
    cleanup += " }";
    if (!t.to_label) return "MOJO_TRY_CLEANUP(" + cleanup + ", " + s + ")";
    std::string label = t.pending_flag.empty() ? t.label : t.label + "_raise";
    return "MOJO_TRY_OR_GOTO_CLEANUP(" + cleanup + ", " + s + ", " + t.err_var + ", " + label + ")";
  }
  if (!t.to_label) return "MOJO_TRY(" + s + ")";
  if (!t.pending_flag.empty()) {
    // record that an error is pending before jumping to the finally block
    return "MOJO_TRY_OR_GOTO(" + s + ", " + t.err_var + ", " + t.label + "_raise)";
  }
  return "MOJO_TRY_OR_GOTO(" + s + ", " + t.err_var + ", " + t.label + ")";
}

std::string Emitter::op(const tir::Op& o) {
  // A constant operand may print as a bare C++ literal only next to a typed
  // (non-constant) operand, which fixes the operation's type.
  bool typed_partner = false;
  for (auto& x : o.operands)
    typed_partner |= x->kind != ExprKind::IntConst && x->kind != ExprKind::BoolConst;
  if (o.operands.size() < 2) typed_partner = false;
  auto a = [&](std::size_t i, bool bare = true) { return expr(*o.operands[i], bare && typed_partner); };
  bool is_float = sema::types::is_float(o.type);
  switch (o.op) {
    case OpKind::Concat: {
      // a constant side prints as a plain C++ string literal (the runtime has
      // String + const char* overloads; it also reads better)
      auto side = [&](std::size_t i) {
        const tir::Expr& x = *o.operands[i];
        if (x.kind == ExprKind::StringConst && !x.as<tir::StringConst>().origin &&
            x.as<tir::StringConst>().value.find('\0') == std::string::npos && o.operands[1 - i]->kind != ExprKind::StringConst)
          return string_literal(x.as<tir::StringConst>().value);
        return expr(x);
      };
      return "(" + side(0) + " + " + side(1) + ")";
    }
    case OpKind::Add: case OpKind::Sub: case OpKind::Mul:
    case OpKind::Shl: case OpKind::Shr:
    case OpKind::Eq: case OpKind::Ne: case OpKind::Lt: case OpKind::Le: case OpKind::Gt: case OpKind::Ge:
    case OpKind::And: case OpKind::Or:
      return "(" + a(0) + " " + binop(o.op) + " " + a(1) + ")";
    case OpKind::BitAnd: case OpKind::BitOr: case OpKind::BitXor:
      if (o.type->kind == tir::TypeKind::Bool) return "static_cast<bool>(" + a(0) + " " + binop(o.op) + " " + a(1) + ")";
      return "(" + a(0) + " " + binop(o.op) + " " + a(1) + ")";
    case OpKind::TrueDiv:
      if (is_float) return "(" + a(0) + " / " + a(1) + ")";
      return "mojo::truediv(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::FloorDiv: return "mojo::floordiv(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::Mod: return "mojo::mod(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::Pow: return "mojo::pow(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::Neg: return "(-" + a(0) + ")";
    case OpKind::Pos: return a(0);
    case OpKind::Invert: return "(~" + a(0) + ")";
    case OpKind::Not: return "(!" + a(0) + ")";
    case OpKind::ByteLength: return a(0) + ".byte_length()";
    case OpKind::NoneValue: return "mojo::None";
    case OpKind::VariadicLen: return a(0) + ".size()";
    case OpKind::EntryKey: return a(0) + ".key";
    case OpKind::EntryValue: return a(0) + ".value";
    case OpKind::Abs: return "mojo::abs(" + a(0, false) + ")";
    case OpKind::Min: return "mojo::min(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::Max: return "mojo::max(" + a(0, false) + ", " + a(1, false) + ")";
    case OpKind::Sqrt: return "std::sqrt(" + strip_parens(a(0)) + ")";
    case OpKind::Floor: return "std::floor(" + strip_parens(a(0)) + ")";
    case OpKind::Ceil: return "std::ceil(" + strip_parens(a(0)) + ")";
    case OpKind::Trunc: return "std::trunc(" + strip_parens(a(0)) + ")";
    case OpKind::Exp: return "std::exp(" + strip_parens(a(0)) + ")";
    case OpKind::Log: return "std::log(" + strip_parens(a(0)) + ")";
    case OpKind::Sin: return "std::sin(" + strip_parens(a(0)) + ")";
    case OpKind::Cos: return "std::cos(" + strip_parens(a(0)) + ")";
    case OpKind::Tan: return "std::tan(" + strip_parens(a(0)) + ")";
    case OpKind::Round: return "std::nearbyint(" + strip_parens(a(0)) + ")";
    case OpKind::RoundHalfAway: return "std::round(" + strip_parens(a(0)) + ")";
    case OpKind::WriterWrite: {
      std::string s = expr(*o.operands[0]) + ".write(";
      for (std::size_t i = 1; i < o.operands.size(); ++i) {
        const tir::Expr& v = *o.operands[i];
        if (i > 1) s += ", ";
        if (v.kind == ExprKind::StringConst && !v.as<tir::StringConst>().origin &&
            v.as<tir::StringConst>().value.find('\0') == std::string::npos)
          s += string_literal(v.as<tir::StringConst>().value);
        else
          s += top(v);
      }
      return s + ")";
    }
    case OpKind::Repr: return "mojo::repr(" + top(*o.operands[0]) + ")";
    case OpKind::Intrinsic: {
      // ".get": a member of the first operand (v.get(i)); else a free function
      if (!o.callee.empty() && o.callee[0] == '=') return o.callee.substr(1);  // a verbatim C++ expression (alloca)
      bool member = !o.callee.empty() && o.callee[0] == '.';
      std::string s = member ? expr(*o.operands[0]) + o.callee + "(" : o.callee + "(";
      for (std::size_t i = member ? 1 : 0; i < o.operands.size(); ++i) s += (i > (member ? 1u : 0u) ? ", " : "") + top(*o.operands[i]);
      return s + ")";
    }
    case OpKind::PtrAlloc: return "mojo::detail::alloc<" + cpp_type(o.type->elem) + ">(" + top(*o.operands[0], true) + ")";
    case OpKind::PtrFree: return "mojo::detail::free(" + top(*o.operands[0]) + ")";
    case OpKind::PtrOffset: return "(" + a(0) + " + " + raw_index(*o.operands[1]) + ")";
    case OpKind::ErrorNew:
      if (o.operands.empty()) return "mojo::Error()";
      if (o.operands[0]->kind == ExprKind::StringConst && !o.operands[0]->as<tir::StringConst>().origin &&
          o.operands[0]->as<tir::StringConst>().value.find('\0') == std::string::npos)
        return "mojo::Error(" + string_literal(o.operands[0]->as<tir::StringConst>().value) + ")";
      return "mojo::Error(" + strip_parens(a(0, false)) + ")";
  }
  return "/*?*/";
}

std::string Emitter::compare_chain(const tir::CompareChain& c) {
  bool simple = true;
  for (auto& x : c.operands) simple &= is_simple(*x);
  if (simple) {
    std::string s = "(";
    for (std::size_t i = 0; i < c.ops.size(); ++i) {
      if (i) s += " && ";
      bool bare = c.operands[i]->kind != ExprKind::IntConst || c.operands[i + 1]->kind != ExprKind::IntConst;
      // appended piecewise: `"(" + std::string&&` trips g++ 12's -Wrestrict false positive
      s += '(';
      s += expr(*c.operands[i], bare);
      s += ' ';
      s += binop(c.ops[i]);
      s += ' ';
      s += expr(*c.operands[i + 1], bare);
      s += ')';
    }
    return s + ")";
  }
  // ({ auto t0 = a; auto t1 = b; bool r = t0 < t1; if (r) { auto t2 = c; r = t1 < t2; } r; })
  std::string r = fresh("cmp");
  std::vector<std::string> t;
  for (std::size_t i = 0; i < c.operands.size(); ++i) t.push_back(r + "_" + std::to_string(i));
  std::string s = "({ auto " + t[0] + " = " + expr(*c.operands[0]) + "; auto " + t[1] + " = " + expr(*c.operands[1]) +
                  "; bool " + r + " = " + t[0] + " " + binop(c.ops[0]) + " " + t[1] + "; ";
  std::string close;
  for (std::size_t i = 1; i < c.ops.size(); ++i) {
    s += "if (" + r + ") { auto " + t[i + 1] + " = " + expr(*c.operands[i + 1]) + "; " + r + " = " + t[i] + " " +
         binop(c.ops[i]) + " " + t[i + 1] + "; ";
    close += "} ";
  }
  return s + close + r + "; })";
}

std::string Emitter::print(const tir::Print& p) {
  std::string args;
  for (std::size_t i = 0; i < p.values.size(); ++i) {
    if (i) args += ", ";
    const tir::Expr& v = *p.values[i];
    if (v.kind == ExprKind::StringConst && v.type->kind == tir::TypeKind::StringLiteral &&
        !v.as<tir::StringConst>().origin && v.as<tir::StringConst>().value.find('\0') == std::string::npos)
      args += string_literal(v.as<tir::StringConst>().value);
    else
      args += top(v);
  }
  if (!p.sep && !p.end && !p.flush) return "mojo::print(" + args + ")";
  auto str_arg = [&](const tir::ExprPtr& e, const char* dflt) -> std::string {
    if (!e) return dflt;
    if (e->kind == ExprKind::StringConst && !e->as<tir::StringConst>().origin &&
        e->as<tir::StringConst>().value.find('\0') == std::string::npos)
      return string_literal(e->as<tir::StringConst>().value);
    return expr(*e);
  };
  std::string s = "mojo::print_with(" + str_arg(p.sep, "\" \"") + ", " + str_arg(p.end, "\"\\n\"") + ", " +
                  (p.flush ? expr(*p.flush) : std::string("false"));
  if (!args.empty()) s += ", " + args;
  return s + ")";
}

}  // namespace mojoc::emit
