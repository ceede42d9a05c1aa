// Compile-time interpreter over the typed tree (see comptime_eval.hpp).
//
// A value carries no type of its own: the tir node it comes from says what it
// is (an Int and a UInt8 are both an __int128 here).  Every integer result is
// wrapped to its node's width at once, and a float is rounded to its type, so
// a value is always exactly what the compiled program would hold.  Integer and
// float operators call the runtime's own code (mojo/builtin/arith.hpp), so
// `//`, `%`, `**`, shifts and casts cannot drift from the generated program.
//
// Two things unwind the C++ stack: Fail ends the whole evaluation (eval()
// turns it into a Result), Raised is a Mojo error that a `try` in the
// interpreted code may still catch.
#include "sema/comptime_eval.hpp"

#include <cmath>
#include <optional>
#include <unordered_map>
#include <variant>

#include "mojo/builtin/arith.hpp"

namespace mojoc::sema::comptime {

namespace {
using tir::ConvertKind;
using tir::ExprKind;
using tir::OpKind;
using tir::StmtKind;

struct NoValue {};  // what a function without a result returns
// Integers of every width, floats of every width, Bool, and strings (String,
// StringLiteral, and Error, which is only its message here).
using Value = std::variant<NoValue, __int128, long double, bool, std::string>;

struct Fail {
  std::string why;
  Span where;
};
struct Raised {
  std::string message;
  Span where;
};

enum class Flow { Normal, Break, Continue, Return };

struct Frame {
  const tir::Function* fn = nullptr;  // null: the top-level expression
  std::unordered_map<const tir::Local*, Value> vars;
  Value result;
};

[[noreturn]] void fail(std::string why, Span where) { throw Fail{std::move(why), where}; }

// Calls f(I{}) with I the runtime's class for integer type k (mojo::Int, mojo::UInt8, ...).
template <class F>
decltype(auto) with_integer(TypeKind k, F&& f) {
  switch (k) {
    case TypeKind::UInt: return f(mojo::UInt{});
    case TypeKind::Int8: return f(mojo::Int8{});
    case TypeKind::Int16: return f(mojo::Int16{});
    case TypeKind::Int32: return f(mojo::Int32{});
    case TypeKind::Int64: return f(mojo::Int64{});
    case TypeKind::UInt8: return f(mojo::UInt8{});
    case TypeKind::UInt16: return f(mojo::UInt16{});
    case TypeKind::UInt32: return f(mojo::UInt32{});
    case TypeKind::UInt64: return f(mojo::UInt64{});
    default: return f(mojo::Int{});
  }
}

// IntLiteral keeps its full precision; every other integer wraps to its width.
__int128 wrap(__int128 v, Type t) {
  if (!types::is_integer(t)) return v;
  return with_integer(t->kind, [&](auto i) -> __int128 { return static_cast<typename decltype(i)::raw_type>(v); });
}

long double round_float(long double v, Type t) {
  if (t->kind == TypeKind::Float32) return static_cast<float>(v);
  if (t->kind == TypeKind::Float64) return static_cast<double>(v);
  return v;
}

bool is_int_like(Type t) { return types::is_integer(t) || t->kind == TypeKind::IntLiteral; }
bool is_float_like(Type t) { return types::is_float(t) || t->kind == TypeKind::FloatLiteral; }
bool is_string_like(Type t) { return types::is_stringlike(t) || t->kind == TypeKind::Error; }
bool is_compare(OpKind op) { return op >= OpKind::Eq && op <= OpKind::Ge; }

std::string int_text(__int128 v) {
  bool neg = v < 0;
  auto u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u != 0);
  return neg ? "-" + s : s;
}

// A runtime function (no module) by the name a Mojo user knows it by.
std::string runtime_name(const std::string& cpp) {
  std::string n = cpp.substr(cpp.rfind("::") == std::string::npos ? 0 : cpp.rfind("::") + 2);
  if (auto p = n.find("_legacy"); p != std::string::npos) n.erase(p);
  return n;
}

// ------------------------------------------------------------ operators

// One operator on a run-time integer type, by the runtime's definition.
template <class I>
std::optional<__int128> integer_op(OpKind op, __int128 a, __int128 b) {
  using T = typename I::raw_type;
  I x(static_cast<T>(a)), y(static_cast<T>(b));
  auto v = [](I r) -> std::optional<__int128> { return static_cast<__int128>(r.value); };
  switch (op) {
    case OpKind::Add: return v(x + y);
    case OpKind::Sub: return v(x - y);
    case OpKind::Mul: return v(x * y);
    case OpKind::TrueDiv: return v(mojo::truediv(x, y));  // 1.x `Int / Int` truncates
    case OpKind::FloorDiv: return v(mojo::floordiv(x, y));
    case OpKind::Mod: return v(mojo::mod(x, y));
    case OpKind::Pow: return v(mojo::pow(x, y));
    case OpKind::BitAnd: return v(x & y);
    case OpKind::BitOr: return v(x | y);
    case OpKind::BitXor: return v(x ^ y);
    case OpKind::Shl: return v(x << y);
    case OpKind::Shr: return v(x >> y);
    case OpKind::Neg: return v(-x);
    case OpKind::Pos: return v(x);
    case OpKind::Invert: return v(~x);
    case OpKind::Abs: return v(mojo::abs(x));
    case OpKind::Min: return v(mojo::min(x, y));
    case OpKind::Max: return v(mojo::max(x, y));
    // math.floor/ceil/trunc/round of an integer are the integer itself
    case OpKind::Floor: case OpKind::Ceil: case OpKind::Trunc: case OpKind::Round: case OpKind::RoundHalfAway:
      return v(x);
    default: return std::nullopt;
  }
}

// IntLiteral arithmetic, as sema folds it (check_operators.cpp): unbounded
// in spirit, wrapping at 128 bits rather than overflowing.
std::optional<__int128> literal_int_op(OpKind op, __int128 x, __int128 y) {
  using U = unsigned __int128;
  auto w = [](U u) { return static_cast<__int128>(u); };
  switch (op) {
    case OpKind::Add: return w(U(x) + U(y));
    case OpKind::Sub: return w(U(x) - U(y));
    case OpKind::Mul: return w(U(x) * U(y));
    case OpKind::FloorDiv: case OpKind::Mod: {
      if (y == 0) return 0;
      if (y == -1) return op == OpKind::Mod ? 0 : w(-U(x));
      __int128 q = x / y, r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) {
        q -= 1;
        r += y;
      }
      return op == OpKind::Mod ? r : q;
    }
    case OpKind::Pow: {
      if (y < 0) return x == 1 ? 1 : x == -1 ? (y % 2 == 0 ? 1 : -1) : 0;
      U r = 1, base = U(x);
      for (; y > 0; y >>= 1) {
        if (y & 1) r *= base;
        base *= base;
      }
      return w(r);
    }
    case OpKind::BitAnd: return x & y;
    case OpKind::BitOr: return x | y;
    case OpKind::BitXor: return x ^ y;
    case OpKind::Shl: return (y < 0 || y >= 127) ? 0 : w(U(x) << static_cast<int>(y));
    case OpKind::Shr: return y < 0 ? 0 : y >= 127 ? (x < 0 ? -1 : 0) : x >> static_cast<int>(y);
    case OpKind::Neg: return w(-U(x));
    case OpKind::Pos: return x;
    case OpKind::Invert: return ~x;
    case OpKind::Abs: return x < 0 ? w(-U(x)) : x;
    case OpKind::Min: return y < x ? y : x;
    case OpKind::Max: return x < y ? y : x;
    default: return std::nullopt;
  }
}

// The float operators whose meaning is C++'s own, for every float type.
template <class F>
std::optional<F> plain_float_op(OpKind op, F x, F y) {
  switch (op) {
    case OpKind::Add: return x + y;
    case OpKind::Sub: return x - y;
    case OpKind::Mul: return x * y;
    case OpKind::TrueDiv: return x / y;
    case OpKind::Neg: return -x;
    case OpKind::Pos: return x;
    case OpKind::Abs: return std::fabs(x);
    case OpKind::Min: return y < x ? y : x;  // a plain select, as the runtime's min/max
    case OpKind::Max: return x < y ? y : x;
    case OpKind::Sqrt: return std::sqrt(x);
    case OpKind::Floor: return std::floor(x);
    case OpKind::Ceil: return std::ceil(x);
    case OpKind::Trunc: return std::trunc(x);
    case OpKind::Exp: return std::exp(x);
    case OpKind::Log: return std::log(x);
    case OpKind::Sin: return std::sin(x);
    case OpKind::Cos: return std::cos(x);
    case OpKind::Tan: return std::tan(x);
    case OpKind::Round: return std::nearbyint(x);  // ties to even, as emitted
    case OpKind::RoundHalfAway: return std::round(x);
    default: return std::nullopt;
  }
}

// One operator on Float32 (F = float) or Float64 (F = double).
template <class F>
std::optional<F> float_op(OpKind op, F x, F y) {
  switch (op) {
    case OpKind::FloorDiv: return mojo::floordiv(x, y);
    case OpKind::Mod: return mojo::mod(x, y);
    case OpKind::Pow: return mojo::pow(x, y);
    default: return plain_float_op(op, x, y);
  }
}

// FloatLiteral arithmetic, as sema folds it: division by zero is nan, `**` is
// Mojo's Float64 algorithm.
std::optional<long double> literal_float_op(OpKind op, long double x, long double y) {
  bool divides = op == OpKind::TrueDiv || op == OpKind::FloorDiv || op == OpKind::Mod;
  if (divides && y == 0) return std::nanl("");
  switch (op) {
    case OpKind::FloorDiv: return std::floor(x / y);
    case OpKind::Mod: {
      long double r = std::fmod(x, y);
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return r;
    }
    case OpKind::Pow: return mojo::detail::mojo_pow(static_cast<double>(x), static_cast<double>(y));
    default: return plain_float_op(op, x, y);
  }
}

using tir::compare;  // one comparison for folding and the interpreter (typed_tree.hpp)

// ------------------------------------------------------------ the interpreter

class Interp {
 public:
  explicit Interp(const Evaluator& opts) : opts_(opts) {}
  Value eval(const tir::Expr& e);

 private:
  const Evaluator& opts_;
  Frame root_;
  Frame* frame_ = &root_;
  long steps_ = 0;
  int depth_ = 0;

  void tick(Span where);
  void check_type(Type t, Span where);
  Value read(const tir::Local* l, Span where);
  bool owns(const tir::Local* l) const;
  __int128 int_of(const tir::Expr& e);
  bool truth(const tir::Expr& e);
  std::string text_of(const tir::Expr& e);
  Value call(const tir::Call& c);
  Value runtime_call(const tir::Call& c);
  Value op(const tir::Op& o);
  Value convert(const tir::Convert& c);
  Value compare_chain(const tir::CompareChain& c);
  Flow exec(const tir::Block& b);
  Flow exec(const tir::Stmt& s);
  Flow exec_for(const tir::ForRange& f);
  Flow exec_try(const tir::Try& t);
};

void Interp::tick(Span where) {
  if (++steps_ > opts_.step_limit)
    fail("evaluation did not finish within " + std::to_string(opts_.step_limit) + " steps", where);
}

// The values this interpreter can hold; anything else is named in the reason.
void Interp::check_type(Type t, Span where) {
  if (!t) fail("this expression has no type", where);
  if (is_int_like(t) || is_float_like(t) || is_string_like(t) || t->kind == TypeKind::Bool ||
      t->kind == TypeKind::NoneType)
    return;
  switch (t->kind) {
    case TypeKind::Struct: fail("struct values are not supported at compile time ('" + types::display(t) + "')", where);
    case TypeKind::Pointer: fail("pointers are not supported at compile time", where);
    case TypeKind::TypeParam: fail("values of a generic type are not supported at compile time", where);
    default: fail("values of type '" + types::display(t) + "' are not supported at compile time", where);
  }
}

bool Interp::owns(const tir::Local* l) const {
  if (frame_->vars.count(l)) return true;
  if (!frame_->fn) return false;
  for (auto& x : frame_->fn->locals)
    if (x.get() == l) return true;
  return false;
}

Value Interp::read(const tir::Local* l, Span where) {
  if (auto it = frame_->vars.find(l); it != frame_->vars.end()) return it->second;
  if (owns(l)) fail("reads '" + l->name + "' before it is assigned", where);
  fail("reads run-time variable '" + l->name + "'", where);
}

__int128 Interp::int_of(const tir::Expr& e) {
  Value v = eval(e);
  if (auto* i = std::get_if<__int128>(&v)) return *i;
  fail("expected an integer value", e.span);
}

bool Interp::truth(const tir::Expr& e) {
  Value v = eval(e);
  if (auto* b = std::get_if<bool>(&v)) return *b;
  fail("expected a Bool value", e.span);
}

std::string Interp::text_of(const tir::Expr& e) {
  Value v = eval(e);
  if (auto* s = std::get_if<std::string>(&v)) return std::move(*s);
  fail("expected a string value", e.span);
}

Value Interp::eval(const tir::Expr& e) {
  tick(e.span);
  check_type(e.type, e.span);
  switch (e.kind) {
    case ExprKind::IntConst: return wrap(e.as<tir::IntConst>().value, e.type);
    case ExprKind::FloatConst: return round_float(e.as<tir::FloatConst>().value, e.type);
    case ExprKind::BoolConst: return e.as<tir::BoolConst>().value;
    case ExprKind::StringConst: return e.as<tir::StringConst>().value;
    case ExprKind::LocalRef: return read(e.as<tir::LocalRef>().local, e.span);
    case ExprKind::GlobalRef: {
      const tir::Global* g = e.as<tir::GlobalRef>().global;
      if (!g->value) fail("'" + g->name + "' has no compile-time value", e.span);
      return eval(*g->value);
    }
    case ExprKind::Call: return call(e.as<tir::Call>());
    case ExprKind::Op: return op(e.as<tir::Op>());
    case ExprKind::Convert: return convert(e.as<tir::Convert>());
    case ExprKind::Conditional: {
      auto& c = e.as<tir::Conditional>();
      return truth(*c.cond) ? eval(*c.then) : eval(*c.otherwise);
    }
    case ExprKind::CompareChain: return compare_chain(e.as<tir::CompareChain>());
    case ExprKind::Print: fail("cannot call 'print' at compile time", e.span);
    case ExprKind::FieldRef: fail("struct values are not supported at compile time", e.span);
    // scalars and strings have no user copy/move code: the value is the value
    case ExprKind::Copy: return eval(*e.as<tir::Copy>().operand);
    case ExprKind::Move: return eval(*e.as<tir::Move>().operand);
    case ExprKind::TempRef: {
      auto& t = e.as<tir::TempRef>();
      Value v = eval(*t.init);
      frame_->vars[t.temp] = v;  // later reads of the temporary see it
      return v;
    }
    case ExprKind::WriteTo: fail("cannot call '" + e.as<tir::WriteTo>().method->name + "' at compile time", e.span);
    case ExprKind::Then: return eval(*e.as<tir::Then>().value);  // its destructions are no-ops here
    case ExprKind::Deref: fail("cannot read through a pointer at compile time", e.span);
    default: break;  // kinds added later fail below rather than crash
  }
  fail("this expression cannot be evaluated at compile time", e.span);
}

Value Interp::compare_chain(const tir::CompareChain& c) {
  if (c.operands.size() != c.ops.size() + 1) fail("malformed comparison", c.span);
  Value left = eval(*c.operands[0]);
  for (std::size_t i = 0; i < c.ops.size(); ++i) {
    Value right = eval(*c.operands[i + 1]);
    if (left.index() != right.index()) fail("cannot compare these values at compile time", c.span);
    bool holds = std::visit(
        [&](const auto& a) -> bool {
          using T = std::decay_t<decltype(a)>;
          if constexpr (std::is_same_v<T, NoValue>) fail("cannot compare these values at compile time", c.span);
          else return compare(c.ops[i], a, std::get<T>(right));
        },
        left);
    if (!holds) return false;
    left = std::move(right);
  }
  return true;
}

Value Interp::op(const tir::Op& o) {
  auto operand = [&](std::size_t i) -> const tir::Expr& {
    if (i >= o.operands.size() || !o.operands[i]) fail("malformed operator", o.span);
    return *o.operands[i];
  };
  switch (o.op) {
    case OpKind::And: return truth(operand(0)) && truth(operand(1));  // short-circuits
    case OpKind::Or: return truth(operand(0)) || truth(operand(1));
    case OpKind::Not: return !truth(operand(0));
    case OpKind::Concat: return text_of(operand(0)) + text_of(operand(1));
    case OpKind::ByteLength: return static_cast<__int128>(text_of(operand(0)).size());
    case OpKind::ErrorNew: return o.operands.empty() ? std::string() : text_of(operand(0));
    case OpKind::WriterWrite: fail("cannot write to a Writer at compile time", o.span);
    case OpKind::Repr: fail("cannot call 'repr' at compile time", o.span);
    case OpKind::PtrAlloc: fail("cannot allocate memory at compile time", o.span);
    case OpKind::PtrFree: fail("cannot free memory at compile time", o.span);
    case OpKind::PtrOffset: fail("pointers are not supported at compile time", o.span);
    default: break;
  }
  Type t = operand(0).type;
  Value a = eval(operand(0));
  Value b = o.operands.size() > 1 ? eval(operand(1)) : Value(NoValue{});
  if (is_compare(o.op)) {
    if (a.index() != b.index()) fail("cannot compare these values at compile time", o.span);
    return std::visit(
        [&](const auto& x) -> bool {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, NoValue>) fail("cannot compare these values at compile time", o.span);
          else return compare(o.op, x, std::get<T>(b));
        },
        a);
  }
  auto* ia = std::get_if<__int128>(&a);
  auto* ib = std::get_if<__int128>(&b);
  auto* fa = std::get_if<long double>(&a);
  auto* fb = std::get_if<long double>(&b);
  if (ia && is_int_like(t)) {
    __int128 y = ib ? *ib : 0;
    auto r = types::is_integer(t) ? with_integer(t->kind, [&](auto i) { return integer_op<decltype(i)>(o.op, *ia, y); })
                                  : literal_int_op(o.op, *ia, y);
    if (r) return wrap(*r, o.type);
  } else if (fa && is_float_like(t)) {
    long double y = fb ? *fb : 0;
    std::optional<long double> r;
    if (t->kind == TypeKind::Float32) {
      if (auto f = float_op<float>(o.op, static_cast<float>(*fa), static_cast<float>(y))) r = *f;
    } else if (t->kind == TypeKind::Float64) {
      if (auto f = float_op<double>(o.op, static_cast<double>(*fa), static_cast<double>(y))) r = *f;
    } else {
      r = literal_float_op(o.op, *fa, y);
    }
    if (r) return round_float(*r, o.type);
  } else if (auto* ba = std::get_if<bool>(&a); ba && t->kind == TypeKind::Bool) {
    auto* bb = std::get_if<bool>(&b);
    if (bb && o.op == OpKind::BitAnd) return *ba && *bb;
    if (bb && o.op == OpKind::BitOr) return *ba || *bb;
    if (bb && o.op == OpKind::BitXor) return *ba != *bb;
  }
  fail("this operator on '" + types::display(t) + "' is not supported at compile time", o.span);
}

Value Interp::convert(const tir::Convert& c) {
  Type from = c.operand->type, to = c.type;
  Value v = eval(*c.operand);
  switch (c.conv) {
    case ConvertKind::LiteralString:
    case ConvertKind::ErrorToString:
      if (auto* s = std::get_if<std::string>(&v)) return std::move(*s);
      break;
    case ConvertKind::ToString:
      if (auto* s = std::get_if<std::string>(&v)) return std::move(*s);
      if (auto* i = std::get_if<__int128>(&v)) return int_text(*i);
      if (auto* b = std::get_if<bool>(&v)) return std::string(*b ? "True" : "False");
      if (std::holds_alternative<long double>(v))
        fail("cannot convert a float to a String at compile time", c.span);
      break;
    case ConvertKind::Numeric: {
      if (to->kind == TypeKind::Bool) {
        if (auto* i = std::get_if<__int128>(&v)) return *i != 0;
        if (auto* f = std::get_if<long double>(&v)) return *f != 0;
        if (auto* b = std::get_if<bool>(&v)) return *b;
        break;
      }
      if (auto* b = std::get_if<bool>(&v)) {
        if (is_int_like(to)) return static_cast<__int128>(*b);
        if (is_float_like(to)) return static_cast<long double>(*b);
        break;
      }
      if (auto* i = std::get_if<__int128>(&v)) {
        if (is_int_like(to)) return wrap(*i, to);
        if (!is_float_like(to)) break;
        // one rounding, from the source's own C++ type, as the runtime's cast
        auto to_float = [&](auto f) -> long double {
          using F = decltype(f);
          if (!types::is_integer(from)) return static_cast<F>(*i);
          return with_integer(from->kind, [&](auto s) -> long double {
            return static_cast<F>(static_cast<typename decltype(s)::raw_type>(*i));
          });
        };
        if (to->kind == TypeKind::Float32) return to_float(0.0f);
        if (to->kind == TypeKind::Float64) return to_float(0.0);
        return to_float(0.0L);
      }
      if (auto* f = std::get_if<long double>(&v)) {
        if (is_float_like(to)) return round_float(*f, to);
        if (types::is_integer(to)) {
          // truncates toward zero; nan and out-of-range saturate, as the runtime's cast
          auto trunc = [&](auto x) {
            return with_integer(to->kind, [&](auto i) -> __int128 { return decltype(i)::from_float(x); });
          };
          if (from->kind == TypeKind::Float32) return trunc(static_cast<float>(*f));
          if (from->kind == TypeKind::Float64) return trunc(static_cast<double>(*f));
          return trunc(*f);
        }
        if (to->kind == TypeKind::IntLiteral && std::isfinite(*f) && std::fabs(*f) < 1e38L)
          return static_cast<__int128>(*f);
      }
      break;
    }
  }
  fail("cannot convert '" + types::display(from) + "' to '" + types::display(to) + "' at compile time", c.span);
}

// Runtime functions sema calls like user functions (they have no module).
Value Interp::runtime_call(const tir::Call& c) {
  std::string name = runtime_name(c.callee->name);
  if (name == "repeat" && c.args.size() == 2) {  // `s * n`
    std::string s = text_of(*c.args[0]);
    __int128 n = int_of(*c.args[1]);
    if (n <= 0 || s.empty()) return std::string();
    if (static_cast<unsigned __int128>(n) * s.size() > (1u << 26))
      fail("the repeated string is too long to build at compile time", c.span);
    std::string r;
    for (__int128 i = 0; i < n; ++i) r += s;
    return r;
  }
  fail("cannot call '" + name + "' at compile time", c.span);
}

Value Interp::call(const tir::Call& c) {
  const tir::Function* f = c.callee;
  if (!f) fail("this call cannot be evaluated at compile time", c.span);
  if (!f->module) return runtime_call(c);
  if (f->self) fail("cannot call method '" + f->name + "' at compile time", c.span);
  if (f->out_result) fail("cannot call '" + f->name + "' at compile time: it builds an 'out' result", c.span);
  if (f->returns_ref) fail("cannot call '" + f->name + "' at compile time: it returns a reference", c.span);
  if (!f->type_params.empty()) fail("cannot call generic function '" + f->name + "' at compile time", c.span);
  if (f->params.size() != c.args.size()) fail("cannot call '" + f->name + "' at compile time", c.span);
  if (depth_ >= opts_.depth_limit)
    fail("recursion deeper than " + std::to_string(opts_.depth_limit) + " calls at compile time", c.span);
  if (!(opts_.ensure_body ? opts_.ensure_body(*f) : f->body_checked))
    fail("the body of '" + f->name + "' is not available at compile time", c.span);

  // Arguments are evaluated in the caller; a `mut` argument's final value is
  // written back to the caller's variable, even when the callee raises.
  Frame callee;
  callee.fn = f;
  std::vector<std::pair<const tir::Local*, const tir::Local*>> write_back;  // (caller's, param)
  for (std::size_t i = 0; i < c.args.size(); ++i) {
    const tir::Local* p = f->params[i];
    if (!c.args[i]) fail("cannot call '" + f->name + "' at compile time", c.span);
    auto conv = p->convention;
    if (conv == ast::Convention::Out) fail("cannot call '" + f->name + "' at compile time: it has an 'out' argument", c.span);
    if (conv == ast::Convention::Mut || conv == ast::Convention::Ref) {
      if (c.args[i]->kind != ExprKind::LocalRef)
        fail("a 'mut' argument must be a local variable at compile time", c.args[i]->span);
      write_back.emplace_back(c.args[i]->as<tir::LocalRef>().local, p);
    }
    callee.vars[p] = eval(*c.args[i]);
  }

  Frame* caller = frame_;
  struct Restore {  // the caller's frame comes back however the call ends
    Interp& in;
    Frame* caller;
    ~Restore() {
      in.frame_ = caller;
      --in.depth_;
    }
  } restore{*this, caller};
  frame_ = &callee;
  ++depth_;
  auto copy_back = [&]() {
    for (auto& [to, param] : write_back)
      if (auto it = callee.vars.find(param); it != callee.vars.end()) caller->vars[to] = it->second;
  };
  try {
    exec(f->body);
  } catch (const Raised&) {
    copy_back();
    throw;
  }
  copy_back();
  if (std::holds_alternative<NoValue>(callee.result) && f->result && f->result->kind != TypeKind::NoneType)
    fail("'" + f->name + "' did not return a value", c.span);
  return std::move(callee.result);
}

Flow Interp::exec(const tir::Block& b) {
  for (auto& s : b) {
    Flow f = exec(*s);
    if (f != Flow::Normal) return f;
  }
  return Flow::Normal;
}

Flow Interp::exec(const tir::Stmt& s) {
  tick(s.span);
  switch (s.kind) {
    case StmtKind::Expr: eval(*s.as<tir::ExprStmt>().expr); return Flow::Normal;
    case StmtKind::VarDecl: {
      auto& d = s.as<tir::VarDecl>();
      if (d.local->is_ref || d.local->ref_root) fail("'ref' bindings are not supported at compile time", s.span);
      if (d.init) frame_->vars[d.local] = eval(*d.init);
      else frame_->vars.erase(d.local);  // declared again in a loop: unassigned until assigned
      return Flow::Normal;
    }
    case StmtKind::Assign: {
      auto& a = s.as<tir::Assign>();
      if (a.target->kind == ExprKind::FieldRef) fail("struct values are not supported at compile time", a.target->span);
      if (a.target->kind != ExprKind::LocalRef) fail("cannot assign to this place at compile time", a.target->span);
      const tir::Local* l = a.target->as<tir::LocalRef>().local;
      Value v = eval(*a.value);
      if (!owns(l)) fail("assigns to run-time variable '" + l->name + "'", a.target->span);
      if (l->is_ref || l->ref_root) fail("'ref' bindings are not supported at compile time", a.target->span);
      frame_->vars[l] = std::move(v);
      return Flow::Normal;
    }
    case StmtKind::If: {
      auto& i = s.as<tir::If>();
      return truth(*i.cond) ? exec(i.then) : exec(i.orelse);
    }
    case StmtKind::While: {
      auto& w = s.as<tir::While>();
      for (;;) {
        if (!truth(*w.cond)) return exec(w.orelse);
        Flow f = exec(w.body);
        if (f == Flow::Break) return Flow::Normal;  // skips the else
        if (f == Flow::Return) return f;
      }
    }
    case StmtKind::ForRange: return exec_for(s.as<tir::ForRange>());
    case StmtKind::Break: return Flow::Break;
    case StmtKind::Continue: return Flow::Continue;
    case StmtKind::Return: {
      auto& r = s.as<tir::Return>();
      if (r.value) frame_->result = eval(*r.value);
      return Flow::Return;
    }
    case StmtKind::Raise: {
      auto& r = s.as<tir::Raise>();
      if (r.reraise) {
        Value v = read(r.reraise, s.span);
        auto* msg = std::get_if<std::string>(&v);
        throw Raised{msg ? *msg : std::string(), s.span};
      }
      throw Raised{r.value ? text_of(*r.value) : std::string(), s.span};
    }
    case StmtKind::Try: return exec_try(s.as<tir::Try>());
    case StmtKind::ConstDecl: return Flow::Normal;  // its uses read the constant's value
    case StmtKind::Destroy: return Flow::Normal;    // scalars and strings have no destructor code
  }
  fail("this statement cannot be run at compile time", s.span);
}

// The trip count is fixed before the first iteration, as in the runtime's
// range(): assigning to the loop variable does not change the iterations.
Flow Interp::exec_for(const tir::ForRange& f) {
  if (f.container) fail("cannot iterate over a collection at compile time", f.span);
  __int128 start = int_of(*f.start), stop = int_of(*f.stop), by = f.step ? int_of(*f.step) : 1;
  __int128 count = 0;
  if (by > 0 && start < stop) count = (stop - start - 1) / by + 1;
  else if (by < 0 && start > stop) count = (start - stop - 1) / -by + 1;
  for (__int128 k = 0; k < count; ++k) {
    tick(f.span);  // an empty body must still reach the step limit
    frame_->vars[f.var] = wrap(start + k * by, types::int_());
    Flow r = exec(f.body);
    if (r == Flow::Break) return Flow::Normal;
    if (r == Flow::Return) return r;
  }
  return exec(f.orelse);
}

// body, then else (if the body neither raised nor left), or the handler (if
// it raised); finally always, and a finally that leaves overrides the rest.
Flow Interp::exec_try(const tir::Try& t) {
  Flow flow = Flow::Normal;
  std::optional<Raised> caught, pending;
  try {
    flow = exec(t.body);
  } catch (const Raised& r) {
    caught = r;
  }
  if (caught && t.has_handler) {
    if (t.error) frame_->vars[t.error] = caught->message;
    try {
      flow = exec(t.handler);
    } catch (const Raised& r) {
      pending = r;
    }
  } else if (caught) {
    pending = caught;
  } else if (flow == Flow::Normal) {
    try {
      flow = exec(t.orelse);
    } catch (const Raised& r) {
      pending = r;
    }
  }
  Flow fin = exec(t.finalbody);
  if (fin != Flow::Normal) return fin;
  if (pending) throw *pending;
  return flow;
}

tir::ExprPtr to_const(const Value& v, const tir::Expr& e) {
  Type t = e.type;
  if (auto* i = std::get_if<__int128>(&v); i && is_int_like(t))
    return std::make_shared<tir::IntConst>(t, e.span, wrap(*i, t));
  if (auto* f = std::get_if<long double>(&v); f && is_float_like(t))
    return std::make_shared<tir::FloatConst>(t, e.span, round_float(*f, t));
  if (auto* b = std::get_if<bool>(&v); b && t->kind == TypeKind::Bool) return std::make_shared<tir::BoolConst>(e.span, *b);
  if (auto* s = std::get_if<std::string>(&v); s && types::is_stringlike(t))
    return std::make_shared<tir::StringConst>(t, e.span, *s);
  fail("a value of type '" + types::display(t) + "' is not a compile-time constant", e.span);
}
}  // namespace

Result Evaluator::eval(const tir::Expr& e) {
  Result r;
  try {
    Interp in(*this);
    Value v = in.eval(e);
    r.value = to_const(v, e);
  } catch (const Fail& f) {
    r.why_not = f.why;
    r.where = f.where.valid() ? f.where : e.span;
  } catch (const Raised& x) {
    r.why_not = x.message.empty() ? "raised an error" : "raised an error: " + x.message;
    r.where = x.where.valid() ? x.where : e.span;
  } catch (const std::exception& x) {  // e.g. out of memory building a string
    r.why_not = std::string("could not be evaluated at compile time: ") + x.what();
    r.where = e.span;
  } catch (...) {
    r.why_not = "could not be evaluated at compile time";
    r.where = e.span;
  }
  if (!r.ok() && r.why_not.empty()) r.why_not = "could not be evaluated at compile time";
  return r;
}

}  // namespace mojoc::sema::comptime
