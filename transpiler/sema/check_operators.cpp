// Operators on scalars and strings.
//
//   2 + 3            ⟶ IntConst(5) : IntLiteral            (literals fold, arbitrary-ish precision)
//   7 / 2            ⟶ FloatConst(3.5) : FloatLiteral      (IntLiteral / IntLiteral is a float)
//   x + 1            ⟶ Op(Add, x, IntConst(1):Int) : Int   (literal converts to the other side)
//   a // b  (Int)    ⟶ Op(FloorDiv, a, b) : Int            (emit: mojo::floordiv — floors, /0 → 0)
//   a / b   (Int)    ⟶ Op(TrueDiv, a, b) : Int             (1.x: truncates toward zero)
//   a / b   (Int)    ⟶ Op(TrueDiv, Float64(a), Float64(b)) : Float64   (legacy editions)
//   s + "x" (String) ⟶ Op(Concat, s, StringConst("x"):String) : String
//   s * n            ⟶ Call mojo::repeat(s, n) : String
//   a < b < c        ⟶ CompareChain(a, <, b, <, c) : Bool  (each operand evaluated once)
//   c if p else d    ⟶ Conditional(p, c, d)
#include <cmath>

#include "mojo/detail/float_pow.hpp"
#include "sema/checker.hpp"

namespace mojoc::sema {

using tir::OpKind;

OpKind binop_kind(ast::BinOp op) {
  switch (op) {
    case ast::BinOp::Add: return OpKind::Add;
    case ast::BinOp::Sub: return OpKind::Sub;
    case ast::BinOp::Mul: return OpKind::Mul;
    case ast::BinOp::TrueDiv: return OpKind::TrueDiv;
    case ast::BinOp::FloorDiv: return OpKind::FloorDiv;
    case ast::BinOp::Mod: return OpKind::Mod;
    case ast::BinOp::Pow: return OpKind::Pow;
    case ast::BinOp::BitAnd: return OpKind::BitAnd;
    case ast::BinOp::BitOr: return OpKind::BitOr;
    case ast::BinOp::BitXor: return OpKind::BitXor;
    case ast::BinOp::Shl: return OpKind::Shl;
    case ast::BinOp::Shr: return OpKind::Shr;
    case ast::BinOp::And: return OpKind::And;
    case ast::BinOp::Or: return OpKind::Or;
    default: return OpKind::Add;
  }
}

namespace {
OpKind to_op(ast::BinOp op) { return binop_kind(op); }

OpKind to_cmp(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Lt: return OpKind::Lt;
    case ast::CmpOp::Le: return OpKind::Le;
    case ast::CmpOp::Gt: return OpKind::Gt;
    case ast::CmpOp::Ge: return OpKind::Ge;
    case ast::CmpOp::Eq: return OpKind::Eq;
    default: return OpKind::Ne;
  }
}

__int128 ipow(__int128 a, __int128 b) {
  if (b < 0) return a == 1 ? 1 : a == -1 ? (b % 2 == 0 ? 1 : -1) : 0;
  __int128 r = 1;
  while (b > 0) {
    if (b & 1) r *= a;
    a *= a;
    b >>= 1;
  }
  return r;
}

__int128 ifloordiv(__int128 a, __int128 b) {
  if (b == 0) return 0;
  __int128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

__int128 imod(__int128 a, __int128 b) {
  if (b == 0) return 0;
  __int128 r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

using tir::compare;  // one comparison for folding and the interpreter (typed_tree.hpp)

long double const_float(const tir::Expr& e) {
  if (e.kind == tir::ExprKind::IntConst) return static_cast<long double>(e.as<tir::IntConst>().value);
  return e.as<tir::FloatConst>().value;
}

bool is_num_literal(Type t) { return t->kind == TypeKind::IntLiteral || t->kind == TypeKind::FloatLiteral; }

// Folds an operator over two numeric literals; null if it does not fold.
tir::ExprPtr fold_numeric(OpKind op, const tir::Expr& a, const tir::Expr& b, Span span) {
  bool ints = a.type->kind == TypeKind::IntLiteral && b.type->kind == TypeKind::IntLiteral;
  if (op >= OpKind::Eq && op <= OpKind::Ge) {
    if (ints) return std::make_shared<tir::BoolConst>(span, compare(op, a.as<tir::IntConst>().value, b.as<tir::IntConst>().value));
    return std::make_shared<tir::BoolConst>(span, compare(op, const_float(a), const_float(b)));
  }
  if (ints && op != OpKind::TrueDiv) {
    __int128 x = a.as<tir::IntConst>().value, y = b.as<tir::IntConst>().value, r = 0;
    switch (op) {
      case OpKind::Add: r = x + y; break;
      case OpKind::Sub: r = x - y; break;
      case OpKind::Mul: r = x * y; break;
      case OpKind::FloorDiv: r = ifloordiv(x, y); break;
      case OpKind::Mod: r = imod(x, y); break;
      case OpKind::Pow: r = ipow(x, y); break;
      case OpKind::BitAnd: r = x & y; break;
      case OpKind::BitOr: r = x | y; break;
      case OpKind::BitXor: r = x ^ y; break;
      case OpKind::Shl: r = (y < 0 || y >= 127) ? 0 : x << static_cast<int>(y); break;
      case OpKind::Shr: r = (y < 0) ? 0 : (y >= 127 ? (x < 0 ? -1 : 0) : x >> static_cast<int>(y)); break;
      default: return nullptr;
    }
    return std::make_shared<tir::IntConst>(sema::types::int_literal(), span, r);
  }
  long double x = const_float(a), y = const_float(b), r = 0;
  // Mojo 1.2 folds every literal division by zero to nan (1.0 / 0.0, -5 / 0,
  // 1.0 // 0.0 and 1.0 % 0.0 all print nan); at run time Float64 gives ±inf.
  if (y == 0 && (op == OpKind::TrueDiv || op == OpKind::FloorDiv || op == OpKind::Mod))
    return std::make_shared<tir::FloatConst>(sema::types::float_literal(), span, std::nanl(""));
  switch (op) {
    case OpKind::Add: r = x + y; break;
    case OpKind::Sub: r = x - y; break;
    case OpKind::Mul: r = x * y; break;
    case OpKind::TrueDiv: r = x / y; break;
    case OpKind::FloorDiv: r = std::floor(x / y); break;
    case OpKind::Mod: {
      r = std::fmod(x, y);
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      break;
    }
    // Mojo folds a literal `**` with its runtime algorithm (exp(y*log(x)),
    // not libm's pow), so the constant must come from the same code.
    case OpKind::Pow: r = mojo::detail::mojo_pow(static_cast<double>(x), static_cast<double>(y)); break;
    default: return nullptr;
  }
  return std::make_shared<tir::FloatConst>(sema::types::float_literal(), span, r);
}

const char* op_text(OpKind k) {
  switch (k) {
    case OpKind::Add: return "+";
    case OpKind::Sub: return "-";
    case OpKind::Mul: return "*";
    case OpKind::TrueDiv: return "/";
    case OpKind::FloorDiv: return "//";
    case OpKind::Mod: return "%";
    case OpKind::Pow: return "**";
    case OpKind::BitAnd: return "&";
    case OpKind::BitOr: return "|";
    case OpKind::BitXor: return "^";
    case OpKind::Shl: return "<<";
    case OpKind::Shr: return ">>";
    case OpKind::And: return "and";
    case OpKind::Or: return "or";
    default: return sema::cmp_spelling(k) == "?" ? "?" : "cmp";
  }
}
}  // namespace

tir::ExprPtr Checker::check_binary(const ast::BinaryExpr& e) {
  if (e.op == ast::BinOp::MatMul) {
    auto a = check_expr(*e.lhs);
    auto b = check_expr(*e.rhs);
    if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (types::is_struct(a->type) || types::is_struct(b->type)) return struct_binary(e.op, a, b, e.span, e.op_span);
    unsupported(e.op_span.valid() ? e.op_span : e.span, "operator '@'");
    return invalid(e.span);
  }
  if (e.op == ast::BinOp::And || e.op == ast::BinOp::Or) {
    auto a = check_condition(*e.lhs);
    auto b = check_condition(*e.rhs);
    if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (a->kind == tir::ExprKind::BoolConst && b->kind == tir::ExprKind::BoolConst) {
      bool x = a->as<tir::BoolConst>().value, y = b->as<tir::BoolConst>().value;
      return std::make_shared<tir::BoolConst>(e.span, e.op == ast::BinOp::And ? (x && y) : (x || y));
    }
    return std::make_shared<tir::Op>(to_op(e.op), types::bool_(), e.span, std::vector<tir::ExprPtr>{a, b});
  }
  auto a = check_expr(*e.lhs);
  auto b = check_expr(*e.rhs);
  return binary_op(e.op, a, b, e.span, e.op_span);
}

tir::ExprPtr Checker::binary_op(ast::BinOp aop, tir::ExprPtr a, tir::ExprPtr b, Span span, Span op_span) {
  OpKind op = to_op(aop);
  if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(span);
  if (a->type->kind == TypeKind::Pointer && (aop == ast::BinOp::Add || aop == ast::BinOp::Sub) &&
      conversion_cost(*b, types::int_()) >= 0) {
    auto i = coerce(materialize(b), types::int_());
    if (aop == ast::BinOp::Sub)
      i = std::make_shared<tir::Op>(OpKind::Neg, types::int_(), span, std::vector<tir::ExprPtr>{i});
    return std::make_shared<tir::Op>(OpKind::PtrOffset, a->type, span, std::vector<tir::ExprPtr>{a, i});
  }
  if (types::is_struct(a->type) || types::is_struct(b->type) || a->type->kind == TypeKind::TypeParam ||
      b->type->kind == TypeKind::TypeParam)
    return struct_binary(aop, a, b, span, op_span);
  if (types::is_simd(a->type) || types::is_simd(b->type)) return simd_binary(aop, a, b, span, op_span);
  Span where = op_span.valid() ? op_span : span;
  auto bad = [&]() {
    error(diag::Code::InvalidOperands, where,
          std::string("invalid operand types for '") + op_text(op) + "': '" + types::display(a->type) +
              "' and '" + types::display(b->type) + "'");
    return invalid(span);
  };
  // A literal base takes its default type (Int, Float64) before `**`, and Mojo
  // 26.2+ has no Int ** Float64 or Float64 ** Float32: `2 ** 0.5` and
  // `3.0 ** Float32(2)` are errors there (0.25.6 accepted them).
  if (op == OpKind::Pow && !mod->edition.legacy && is_num_literal(a->type) &&
      ((a->type->kind == TypeKind::IntLiteral && (b->type->kind == TypeKind::FloatLiteral || types::is_float(b->type))) ||
       (a->type->kind == TypeKind::FloatLiteral && types::is_float(b->type) && b->type != types::float64()))) {
    error(diag::Code::InvalidOperands, where,
          std::string("invalid operand types for '**': '") + types::display(a->type) + "' and '" +
              types::display(b->type) + "'")
        .with_help(a->type->kind == TypeKind::IntLiteral ? "write the base as a float literal, e.g. 2.0 ** 0.5"
                                                         : "convert the base to the exponent's type first");
    return invalid(span);
  }
  // s * n repeats a string (n <= 0 gives "")
  if (op == OpKind::Mul && types::is_stringlike(a->type) &&
      (b->type->kind == TypeKind::IntLiteral || b->type == types::int_())) {
    auto call = std::make_shared<tir::Call>(string_repeat_function(), types::string(), span);
    call->args.push_back(coerce(a, types::string()));
    call->args.push_back(coerce(b, types::int_()));
    return call;
  }
  // literal ∘ literal folds
  if (is_num_literal(a->type) && is_num_literal(b->type)) {
    if (a->type->kind == TypeKind::FloatLiteral || b->type->kind == TypeKind::FloatLiteral) {
      if (op >= OpKind::BitAnd && op <= OpKind::Shr) return bad();
    }
    // Legacy `Int / Int` is a run-time Float64 division, so -5 / 0 is -inf
    // there (0.25.6), where 26.2+ folds every literal division by zero to nan.
    if (mod->edition.legacy && op == OpKind::TrueDiv && a->type->kind == TypeKind::IntLiteral &&
        b->type->kind == TypeKind::IntLiteral && b->as<tir::IntConst>().value == 0) {
      __int128 x = a->as<tir::IntConst>().value;
      long double r = x == 0 ? std::nanl("") : x < 0 ? -HUGE_VALL : HUGE_VALL;
      return std::make_shared<tir::FloatConst>(types::float_literal(), span, r);
    }
    if (auto f = fold_numeric(op, *a, *b, span)) return f;
    return bad();
  }
  if (a->type->kind == TypeKind::StringLiteral && b->type->kind == TypeKind::StringLiteral && op == OpKind::Add)
    return std::make_shared<tir::StringConst>(types::string_literal(), span,
                                              a->as<tir::StringConst>().value + b->as<tir::StringConst>().value);
  // a literal takes the other side's type
  if (types::is_literal(a->type) && !types::is_literal(b->type)) {
    if (conversion_cost(*a, b->type) < 0) return bad();
    a = coerce(a, b->type);
  } else if (types::is_literal(b->type) && !types::is_literal(a->type)) {
    if (op == OpKind::Pow && types::is_float(a->type) && b->type->kind == TypeKind::IntLiteral) {
      b = coerce(b, a->type);
    } else {
      if (conversion_cost(*b, a->type) < 0) return bad();
      b = coerce(b, a->type);
    }
  } else if (types::is_literal(a->type) && types::is_literal(b->type)) {
    a = materialize(a);
    b = materialize(b);
  }
  // Float ** Int: the exponent converts (Mojo's SIMD.__pow__ takes an Int exponent)
  if (op == OpKind::Pow && types::is_float(a->type) && types::is_integer(b->type))
    b = explicit_convert(b, a->type, b->span);
  Type t = a->type;
  if (t != b->type) return bad();
  std::vector<tir::ExprPtr> xs{a, b};
  if (types::is_numeric(t)) {
    bool is_int = types::is_integer(t);
    if (op >= OpKind::BitAnd && op <= OpKind::Shr && !is_int) return bad();
    if (op == OpKind::TrueDiv && mod->edition.int_div_is_float && (t == types::int_() || t == types::uint())) {
      auto fa = explicit_convert(a, types::float64(), a->span);
      auto fb = explicit_convert(b, types::float64(), b->span);
      return std::make_shared<tir::Op>(op, types::float64(), span, std::vector<tir::ExprPtr>{fa, fb});
    }
    return std::make_shared<tir::Op>(op, t, span, std::move(xs));
  }
  if (t == types::bool_() && (op == OpKind::BitAnd || op == OpKind::BitOr || op == OpKind::BitXor))
    return std::make_shared<tir::Op>(op, t, span, std::move(xs));
  if (t == types::string() && op == OpKind::Add)
    return std::make_shared<tir::Op>(OpKind::Concat, t, span, std::move(xs));
  return bad();
}

tir::ExprPtr Checker::check_unary(const ast::UnaryExpr& e) {
  if (e.op == ast::UnaryOp::Not) {
    auto x = check_condition(*e.operand);
    if (x->type->kind == TypeKind::Invalid) return x;
    if (x->kind == tir::ExprKind::BoolConst) return std::make_shared<tir::BoolConst>(e.span, !x->as<tir::BoolConst>().value);
    return std::make_shared<tir::Op>(OpKind::Not, types::bool_(), e.span, std::vector<tir::ExprPtr>{x});
  }
  auto x = check_expr(*e.operand);
  Type t = x->type;
  if (t->kind == TypeKind::Invalid) return x;
  if (types::is_struct(t) || t->kind == TypeKind::TypeParam) return struct_unary(e.op, x, e.span);
  if (types::is_simd(t)) return simd_unary(e.op, x, e.span);
  if (e.op == ast::UnaryOp::Pos && (is_num_literal(t) || types::is_numeric(t))) return x;
  if (e.op == ast::UnaryOp::Neg) {
    if (t->kind == TypeKind::IntLiteral)
      return std::make_shared<tir::IntConst>(t, e.span, -x->as<tir::IntConst>().value);
    if (t->kind == TypeKind::FloatLiteral)
      return std::make_shared<tir::FloatConst>(t, e.span, -x->as<tir::FloatConst>().value);
    if (types::is_numeric(t)) return std::make_shared<tir::Op>(OpKind::Neg, t, e.span, std::vector<tir::ExprPtr>{x});
  }
  if (e.op == ast::UnaryOp::Invert) {
    if (t->kind == TypeKind::IntLiteral)
      return std::make_shared<tir::IntConst>(t, e.span, ~x->as<tir::IntConst>().value);
    if (x->kind == tir::ExprKind::BoolConst) return std::make_shared<tir::BoolConst>(e.span, !x->as<tir::BoolConst>().value);
    if (t == types::bool_()) return std::make_shared<tir::Op>(OpKind::Not, t, e.span, std::vector<tir::ExprPtr>{x});
    if (types::is_integer(t)) return std::make_shared<tir::Op>(OpKind::Invert, t, e.span, std::vector<tir::ExprPtr>{x});
  }
  error(diag::Code::InvalidUnaryOperand, e.span,
        std::string("invalid operand type for unary '") + ast::spelling(e.op) + "': '" + types::display(t) + "'");
  return invalid(e.span);
}

tir::ExprPtr Checker::check_compare(const ast::CompareExpr& e) {
  std::vector<tir::ExprPtr> xs;
  bool bad_operand = false;
  for (auto& o : e.operands) {
    xs.push_back(check_expr(*o));
    bad_operand |= xs.back()->type->kind == TypeKind::Invalid;
  }
  // Structs compare through their dunders; a chain a < b < c becomes
  // (a < b) and (b < c) with each operand checked once (it must be a place
  // or a constant to be read twice).
  bool user = false;
  for (auto& x : xs) user |= types::is_struct(x->type) || x->type->kind == TypeKind::TypeParam;
  if (user && !bad_operand) {
    tir::ExprPtr acc;
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
      Span s = i < e.op_spans.size() ? e.op_spans[i] : e.span;
      // a computed middle operand is evaluated once, into a hidden local
      tir::ExprPtr rhs = xs[i + 1];
      tir::ExprPtr again = rhs;
      if (i + 1 < e.ops.size() && !is_lvalue(*rhs) && tir::has_effects(*rhs)) {
        tir::Local* raw = fn->add_hidden_local("cmp", rhs->type, rhs->span);
        raw->is_temporary = true;
        rhs = std::make_shared<tir::TempRef>(rhs->span, raw, rhs);
        again = std::make_shared<tir::LocalRef>(raw, rhs->span);
      }
      auto c = struct_compare(e.ops[i], xs[i], rhs, e.span, s);
      if (e.ops.size() > 1 && c->type->kind != TypeKind::Invalid && c->type != types::bool_())
        c = explicit_convert(c, types::bool_(), e.span);  // a chain combines Bools
      xs[i + 1] = again;
      if (c->type->kind == TypeKind::Invalid) return c;
      acc = acc ? std::make_shared<tir::Op>(OpKind::And, types::bool_(), e.span, std::vector<tir::ExprPtr>{acc, c}) : c;
    }
    return acc;
  }
  // "b" in s: String.__contains__ (stdlib/builtin/string.mojo)
  if (!bad_operand && e.ops.size() == 1 && (e.ops[0] == ast::CmpOp::In || e.ops[0] == ast::CmpOp::NotIn) &&
      types::is_stringlike(xs[1]->type))
    if (auto* set = find_methods(types::string(), "__contains__")) {
      std::vector<ArgIn> args{ArgIn{"", xs[0], xs[0]->span}};
      auto r = resolve_call(*set, "__contains__", std::move(args), coerce(xs[1], types::string()), e.span, e.span);
      if (e.ops[0] == ast::CmpOp::NotIn && r->type->kind != TypeKind::Invalid)
        r = std::make_shared<tir::Op>(OpKind::Not, types::bool_(), e.span, std::vector<tir::ExprPtr>{r});
      return r;
    }
  for (std::size_t i = 0; i < e.ops.size(); ++i) {
    auto op = e.ops[i];
    if (op == ast::CmpOp::Is || op == ast::CmpOp::IsNot || op == ast::CmpOp::In || op == ast::CmpOp::NotIn) {
      Span s = i < e.op_spans.size() ? e.op_spans[i] : e.span;
      unsupported(s, std::string("operator '") + ast::spelling(op) + "'");
      return invalid(e.span);
    }
  }
  if (bad_operand) return invalid(e.span);
  // A numeric literal on the left of a comparison compares as its default
  // type (Int, Float64), so the right side must convert to that: Mojo 1.2
  // rejects `3 == 3.0`, `3 < Int8(4)` and `3.0 < Float32(1)`, but accepts
  // `3.0 == 3`, `3 < n` for an Int n, and any literal on the right.
  for (std::size_t i = 0; i < e.ops.size(); ++i) {
    Type l = xs[i]->type, r = xs[i + 1]->type;
    bool ok = true;
    if (l->kind == TypeKind::IntLiteral)
      ok = r->kind == TypeKind::IntLiteral || r == types::int_();
    else if (l->kind == TypeKind::FloatLiteral)
      ok = is_num_literal(r) || r == types::float64();
    if (!ok) {
      Span s = i < e.op_spans.size() ? e.op_spans[i] : e.span;
      error(diag::Code::InvalidOperands, s,
            std::string("invalid operand types for '") + ast::spelling(e.ops[i]) + "': '" + types::display(l) +
                "' and '" + types::display(r) + "'")
          .with_help(std::string("a literal on the left compares as '") +
                     (l->kind == TypeKind::IntLiteral ? "Int" : "Float64") +
                     "'; put the literal on the right, or convert it to the other side's type");
      return invalid(e.span);
    }
  }
  bool simd = false;
  for (auto& x : xs) simd |= types::is_simd(x->type);
  if (simd) {
    if (e.ops.size() != 1) {
      unsupported(e.span, "a chained comparison of SIMD values");
      return invalid(e.span);
    }
    return simd_compare(to_cmp(e.ops[0]), xs[0], xs[1], e.span, e.op_spans.empty() ? e.span : e.op_spans[0]);
  }
  // Common type: the first run-time operand's type; literals convert to it.
  Type common = nullptr;
  bool all_num_lit = true, all_str_lit = true;
  for (auto& x : xs) {
    if (!types::is_literal(x->type) && !common) common = x->type;
    all_num_lit &= is_num_literal(x->type);
    all_str_lit &= x->type->kind == TypeKind::StringLiteral;
  }
  if (all_num_lit) {
    bool r = true;
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
      auto f = fold_numeric(to_cmp(e.ops[i]), *xs[i], *xs[i + 1], e.span);
      r = r && f->as<tir::BoolConst>().value;
    }
    return std::make_shared<tir::BoolConst>(e.span, r);
  }
  if (all_str_lit) {
    bool r = true;
    for (std::size_t i = 0; i < e.ops.size(); ++i)
      r = r && compare(to_cmp(e.ops[i]), xs[i]->as<tir::StringConst>().value, xs[i + 1]->as<tir::StringConst>().value);
    return std::make_shared<tir::BoolConst>(e.span, r);
  }
  if (!common) common = types::materialize(xs[0]->type);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    auto& x = xs[i];
    if (x->type == common) continue;
    if (types::is_literal(x->type) && conversion_cost(*x, common) >= 0) {
      x = coerce(x, common);
      continue;
    }
    std::size_t k = i == 0 ? 0 : i - 1;
    Span s = k < e.op_spans.size() ? e.op_spans[k] : e.span;
    error(diag::Code::InvalidOperands, s,
          std::string("invalid operand types for '") + ast::spelling(e.ops[k]) + "': '" +
              types::display(xs[k == i ? i + 1 : k]->type) + "' and '" + types::display(x->type) + "'");
    return invalid(e.span);
  }
  if (common == types::dtype()) {
    // dt == DType.float32: equality only; folds once both sides are known
    for (auto op : e.ops)
      if (to_cmp(op) != OpKind::Eq && to_cmp(op) != OpKind::Ne) {
        error(diag::Code::InvalidOperands, e.op_spans.empty() ? e.span : e.op_spans[0], "'DType' values only compare with == and !=");
        return invalid(e.span);
      }
    bool all_const = true;
    for (auto& x : xs) all_const &= x->kind == tir::ExprKind::StringConst;
    if (all_const) {
      bool r = true;
      for (std::size_t i = 0; i < e.ops.size(); ++i)
        r = r && compare(to_cmp(e.ops[i]), xs[i]->as<tir::StringConst>().value, xs[i + 1]->as<tir::StringConst>().value);
      return std::make_shared<tir::BoolConst>(e.span, r);
    }
  }
  bool orderable = types::is_numeric(common) || common == types::string() || common == types::bool_() ||
                   common == types::dtype() || common->kind == TypeKind::Pointer;  // pointers: by address
  if (!orderable) {
    error(diag::Code::InvalidOperands, e.op_spans.empty() ? e.span : e.op_spans[0],
          "values of type '" + types::display(common) + "' cannot be compared");
    return invalid(e.span);
  }
  if (xs.size() == 2)
    return std::make_shared<tir::Op>(to_cmp(e.ops[0]), types::bool_(), e.span, std::move(xs));
  auto chain = std::make_shared<tir::CompareChain>(e.span);
  chain->operands = std::move(xs);
  for (auto op : e.ops) chain->ops.push_back(to_cmp(op));
  return chain;
}

tir::ExprPtr Checker::check_conditional(const ast::ConditionalExpr& e) {
  auto c = check_condition(*e.cond);
  auto a = check_expr(*e.then);
  auto b = check_expr(*e.otherwise);
  if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid ||
      c->type->kind == TypeKind::Invalid)
    return invalid(e.span);
  if (types::is_literal(a->type) && !types::is_literal(b->type) && conversion_cost(*a, b->type) >= 0)
    a = coerce(a, b->type);
  else if (types::is_literal(b->type) && !types::is_literal(a->type) && conversion_cost(*b, a->type) >= 0)
    b = coerce(b, a->type);
  else if (a->type->kind == TypeKind::IntLiteral && b->type->kind == TypeKind::FloatLiteral)
    a = coerce(a, types::float64());
  else if (b->type->kind == TypeKind::IntLiteral && a->type->kind == TypeKind::FloatLiteral)
    b = coerce(b, types::float64());
  a = materialize(a);
  b = materialize(b);
  if (a->type != b->type) {
    error(diag::Code::TypeMismatch, e.span,
          "conditional branches have different types: '" + types::display(a->type) + "' and '" +
              types::display(b->type) + "'");
    return invalid(e.span);
  }
  return std::make_shared<tir::Conditional>(a->type, e.span, c, a, b);
}

}  // namespace mojoc::sema
