// sema/comptime_eval: the compile-time interpreter, driven with typed trees
// built by hand (so these tests need no parser or checker).
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "sema/comptime_eval.hpp"
#include "sema/typed_tree.hpp"

using namespace mojoc;
using sema::Type;
using tir::ExprPtr;
using tir::OpKind;
namespace ty = sema::types;

namespace {
Span at(std::uint32_t line) {
  Span s;
  s.line = line;
  s.col = 1;
  return s;
}

// Functions need a module: module-less ones are the C++ runtime's.
tir::Module& test_module() {
  static tir::Module m;
  return m;
}

ExprPtr int_(long long v, Type t = ty::int_()) { return std::make_shared<tir::IntConst>(t, at(1), v); }
ExprPtr flt(long double v, Type t = ty::float64()) { return std::make_shared<tir::FloatConst>(t, at(1), v); }
ExprPtr bool_(bool v) { return std::make_shared<tir::BoolConst>(at(1), v); }
ExprPtr str(const std::string& v, Type t = ty::string()) { return std::make_shared<tir::StringConst>(t, at(1), v); }
ExprPtr ref(const tir::Local* l, std::uint32_t line = 1) { return std::make_shared<tir::LocalRef>(l, at(line)); }
ExprPtr op(OpKind k, Type t, std::vector<ExprPtr> xs, std::uint32_t line = 1) {
  return std::make_shared<tir::Op>(k, t, at(line), std::move(xs));
}
ExprPtr bin(OpKind k, ExprPtr a, ExprPtr b) {
  Type t = k >= OpKind::Eq && k <= OpKind::Ge ? ty::bool_() : a->type;
  return op(k, t, {std::move(a), std::move(b)});
}
ExprPtr conv(tir::ConvertKind k, Type to, ExprPtr x) { return std::make_shared<tir::Convert>(k, to, at(1), std::move(x)); }

// A function under construction: locals, then a body.
struct Fn {
  std::unique_ptr<tir::Function> f = std::make_unique<tir::Function>();
  explicit Fn(const std::string& name, Type result = ty::int_()) {
    f->name = name;
    f->module = &test_module();
    f->result = result;
    f->body_checked = true;
  }
  tir::Local* local(const std::string& name, Type t = ty::int_()) {
    auto l = std::make_unique<tir::Local>();
    l->name = name;
    l->type = t;
    l->id = static_cast<int>(f->locals.size());
    tir::Local* raw = l.get();
    f->locals.push_back(std::move(l));
    return raw;
  }
  tir::Local* param(const std::string& name, Type t = ty::int_(),
                    ast::Convention c = ast::Convention::Default) {
    tir::Local* l = local(name, t);
    l->is_param = true;
    l->convention = c;
    f->params.push_back(l);
    f->defaults.push_back(nullptr);
    f->keyword_only.push_back(false);
    return l;
  }
  ExprPtr call(std::vector<ExprPtr> args, std::uint32_t line = 1) const {
    auto c = std::make_shared<tir::Call>(f.get(), f->result, at(line));
    c->args = std::move(args);
    c->raises = f->raises;
    return c;
  }
};

tir::StmtPtr ret(ExprPtr v) { return std::make_unique<tir::Return>(at(1), std::move(v)); }
tir::StmtPtr var(const tir::Local* l, ExprPtr init) { return std::make_unique<tir::VarDecl>(at(1), l, std::move(init)); }
tir::StmtPtr assign(const tir::Local* l, ExprPtr v) { return std::make_unique<tir::Assign>(at(1), ref(l), std::move(v)); }
tir::StmtPtr expr_stmt(ExprPtr e) { return std::make_unique<tir::ExprStmt>(at(1), std::move(e)); }
tir::StmtPtr if_(ExprPtr c, tir::Block then, tir::Block orelse = {}) {
  auto s = std::make_unique<tir::If>(at(1));
  s->cond = std::move(c);
  s->then = std::move(then);
  s->orelse = std::move(orelse);
  return s;
}
tir::StmtPtr while_(ExprPtr c, tir::Block body, std::uint32_t line = 1) {
  auto s = std::make_unique<tir::While>(at(line));
  s->cond = std::move(c);
  s->body = std::move(body);
  return s;
}
tir::StmtPtr for_(const tir::Local* v, ExprPtr start, ExprPtr stop, ExprPtr step, tir::Block body,
                  tir::Block orelse = {}) {
  auto s = std::make_unique<tir::ForRange>(at(1));
  s->var = v;
  s->start = std::move(start);
  s->stop = std::move(stop);
  s->step = std::move(step);
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}
tir::StmtPtr raise_(const std::string& msg, std::uint32_t line) {
  auto s = std::make_unique<tir::Raise>(at(line));
  s->value = op(OpKind::ErrorNew, ty::error(), {str(msg)});
  return s;
}
template <class... S>
tir::Block block(S... s) {
  tir::Block b;
  (b.push_back(std::move(s)), ...);
  return b;
}

long long as_int(const sema::comptime::Result& r) {
  REQUIRE_MESSAGE(r.ok(), r.why_not);
  REQUIRE(r.value->kind == tir::ExprKind::IntConst);
  return static_cast<long long>(r.value->as<tir::IntConst>().value);
}
long double as_float(const sema::comptime::Result& r) {
  REQUIRE_MESSAGE(r.ok(), r.why_not);
  REQUIRE(r.value->kind == tir::ExprKind::FloatConst);
  return r.value->as<tir::FloatConst>().value;
}
bool as_bool(const sema::comptime::Result& r) {
  REQUIRE_MESSAGE(r.ok(), r.why_not);
  REQUIRE(r.value->kind == tir::ExprKind::BoolConst);
  return r.value->as<tir::BoolConst>().value;
}
std::string as_str(const sema::comptime::Result& r) {
  REQUIRE_MESSAGE(r.ok(), r.why_not);
  REQUIRE(r.value->kind == tir::ExprKind::StringConst);
  return r.value->as<tir::StringConst>().value;
}

sema::comptime::Result eval(const ExprPtr& e) { return sema::comptime::Evaluator().eval(*e); }

// def fib(n: Int) -> Int: if n < 2: return n; return fib(n - 1) + fib(n - 2)
Fn recursive_fib() {
  Fn fib("fib");
  auto n = fib.param("n");
  fib.f->body = block(if_(bin(OpKind::Lt, ref(n), int_(2)), block(ret(ref(n)))),
                      ret(bin(OpKind::Add, fib.call({bin(OpKind::Sub, ref(n), int_(1))}),
                              fib.call({bin(OpKind::Sub, ref(n), int_(2))}))));
  return fib;
}
}  // namespace

TEST_CASE("comptime: constants evaluate to themselves, with the expression's type and span") {
  auto e = std::make_shared<tir::IntConst>(ty::get(sema::TypeKind::Int32), at(7), 42);
  auto r = eval(e);
  CHECK(as_int(r) == 42);
  CHECK(r.value->type == ty::get(sema::TypeKind::Int32));
  CHECK(r.value->span.line == 7);
  CHECK(r.value != e);  // a new node
  CHECK(as_str(eval(str("hi", ty::string_literal()))) == "hi");
  CHECK(eval(str("hi", ty::string_literal())).value->type == ty::string_literal());
  CHECK(as_bool(eval(bool_(true))));
  CHECK(as_float(eval(flt(2.5))) == 2.5L);
}

TEST_CASE("comptime: recursive fib(20)") {
  Fn fib = recursive_fib();
  auto r = eval(fib.call({int_(20)}, 3));
  CHECK(as_int(r) == 6765);
  CHECK(r.value->type == ty::int_());
  CHECK(r.value->span.line == 3);
}

TEST_CASE("comptime: iterative fib with while and with for-range") {
  // var a = 0; var b = 1; var i = 0; while i < n: var t = a + b; a = b; b = t; i += 1; return a
  Fn w("fib_while");
  auto n = w.param("n");
  auto a = w.local("a"), b = w.local("b"), i = w.local("i"), t = w.local("t");
  w.f->body = block(var(a, int_(0)), var(b, int_(1)), var(i, int_(0)),
                    while_(bin(OpKind::Lt, ref(i), ref(n)),
                           block(var(t, bin(OpKind::Add, ref(a), ref(b))), assign(a, ref(b)), assign(b, ref(t)),
                                 assign(i, bin(OpKind::Add, ref(i), int_(1))))),
                    ret(ref(a)));
  CHECK(as_int(eval(w.call({int_(20)}))) == 6765);

  // for _ in range(n): var t = a + b; a = b; b = t
  Fn f("fib_for");
  auto fn_n = f.param("n");
  auto fa = f.local("a"), fb = f.local("b"), fi = f.local("i"), ft = f.local("t");
  f.f->body = block(var(fa, int_(0)), var(fb, int_(1)),
                    for_(fi, int_(0), ref(fn_n), nullptr,
                         block(var(ft, bin(OpKind::Add, ref(fa), ref(fb))), assign(fa, ref(fb)), assign(fb, ref(ft)))),
                    ret(ref(fa)));
  CHECK(as_int(eval(f.call({int_(20)}))) == 6765);
  CHECK(as_int(eval(f.call({int_(90)}))) == 2880067194370816120LL);
}

TEST_CASE("comptime: integers wrap to their type's width") {
  Type i8 = ty::get(sema::TypeKind::Int8), u8 = ty::get(sema::TypeKind::UInt8);
  CHECK(as_int(eval(bin(OpKind::Add, int_(127, i8), int_(1, i8)))) == -128);
  CHECK(as_int(eval(bin(OpKind::Sub, int_(0, u8), int_(1, u8)))) == 255);
  CHECK(as_int(eval(bin(OpKind::Mul, int_(1LL << 62), int_(4)))) == 0);
  CHECK(as_int(eval(bin(OpKind::Pow, int_(2), int_(10)))) == 1024);
  CHECK(as_int(eval(bin(OpKind::Pow, int_(2), int_(64)))) == 0);
  CHECK(as_int(eval(op(OpKind::Neg, i8, {int_(-128, i8)}))) == -128);
  CHECK(as_int(eval(op(OpKind::Invert, u8, {int_(0, u8)}))) == 255);
  // shifts past the width: 0, or the sign for >> of a negative value
  CHECK(as_int(eval(bin(OpKind::Shl, int_(1, i8), int_(8, i8)))) == 0);
  CHECK(as_int(eval(bin(OpKind::Shl, int_(1, i8), int_(7, i8)))) == -128);
  CHECK(as_int(eval(bin(OpKind::Shr, int_(-8), int_(100)))) == -1);
  CHECK(as_int(eval(bin(OpKind::Shr, int_(-8), int_(1)))) == -4);
  CHECK(as_int(eval(op(OpKind::Abs, ty::int_(), {int_(-5)}))) == 5);
  CHECK(as_int(eval(op(OpKind::Max, ty::int_(), {int_(-5), int_(3)}))) == 3);
}

TEST_CASE("comptime: floor division and modulo follow the divisor's sign; by zero gives 0") {
  CHECK(as_int(eval(bin(OpKind::FloorDiv, int_(-7), int_(2)))) == -4);
  CHECK(as_int(eval(bin(OpKind::Mod, int_(-7), int_(2)))) == 1);
  CHECK(as_int(eval(bin(OpKind::Mod, int_(7), int_(-2)))) == -1);
  CHECK(as_int(eval(bin(OpKind::FloorDiv, int_(7), int_(-2)))) == -4);
  CHECK(as_int(eval(bin(OpKind::FloorDiv, int_(7), int_(0)))) == 0);
  CHECK(as_int(eval(bin(OpKind::Mod, int_(7), int_(0)))) == 0);
  CHECK(as_int(eval(bin(OpKind::TrueDiv, int_(-7), int_(2)))) == -3);  // 1.x Int / Int truncates
  // IntLiteral arithmetic is not bounded by 64 bits
  auto big = bin(OpKind::Mul, int_(1LL << 62, ty::int_literal()), int_(4, ty::int_literal()));
  auto r = eval(big);
  REQUIRE(r.ok());
  CHECK(r.value->as<tir::IntConst>().value == static_cast<__int128>(1) << 64);
  CHECK(as_int(eval(bin(OpKind::FloorDiv, int_(-7, ty::int_literal()), int_(2, ty::int_literal())))) == -4);
  // floats: floor(a / b), and % moved into the divisor's sign
  CHECK(as_float(eval(bin(OpKind::FloorDiv, flt(-7.0), flt(2.0)))) == -4.0L);
  CHECK(as_float(eval(bin(OpKind::Mod, flt(-7.0), flt(2.0)))) == 1.0L);
}

TEST_CASE("comptime: Float32 rounds after each operation") {
  Type f32 = ty::float32();
  auto r = eval(bin(OpKind::Add, flt(0.1f, f32), flt(0.2f, f32)));
  float expect = 0.1f + 0.2f;
  CHECK(as_float(r) == static_cast<long double>(expect));
  CHECK(r.value->type == f32);
  CHECK(as_float(eval(bin(OpKind::Add, flt(0.1), flt(0.2)))) == static_cast<long double>(0.1 + 0.2));
  // Float32(Float64 0.1) rounds once
  CHECK(as_float(eval(conv(tir::ConvertKind::Numeric, f32, flt(0.1)))) == static_cast<long double>(0.1f));
  CHECK(as_float(eval(bin(OpKind::Pow, flt(2.0), flt(10.0)))) == 1024.0L);
  CHECK(as_float(eval(op(OpKind::Round, ty::float64(), {flt(2.5)}))) == 2.0L);
  CHECK(as_float(eval(op(OpKind::RoundHalfAway, ty::float64(), {flt(2.5)}))) == 3.0L);
  CHECK(as_float(eval(op(OpKind::Sqrt, ty::float64(), {flt(16.0)}))) == 4.0L);
}

TEST_CASE("comptime: numeric conversions") {
  using tir::ConvertKind;
  Type u8 = ty::get(sema::TypeKind::UInt8);
  CHECK(as_int(eval(conv(ConvertKind::Numeric, ty::int_(), flt(3.9)))) == 3);
  CHECK(as_int(eval(conv(ConvertKind::Numeric, ty::int_(), flt(-3.9)))) == -3);
  CHECK(as_int(eval(conv(ConvertKind::Numeric, u8, int_(300)))) == 44);
  CHECK(as_int(eval(conv(ConvertKind::Numeric, ty::int_(), bool_(true)))) == 1);
  CHECK(as_bool(eval(conv(ConvertKind::Numeric, ty::bool_(), int_(-2)))));
  CHECK_FALSE(as_bool(eval(conv(ConvertKind::Numeric, ty::bool_(), flt(0.0)))));
  CHECK(as_float(eval(conv(ConvertKind::Numeric, ty::float64(), int_(7)))) == 7.0L);
  // legacy Int / Int: TrueDiv of two Float64 conversions
  auto div = bin(OpKind::TrueDiv, conv(ConvertKind::Numeric, ty::float64(), int_(7)),
                 conv(ConvertKind::Numeric, ty::float64(), int_(2)));
  CHECK(as_float(eval(div)) == 3.5L);
}

TEST_CASE("comptime: strings") {
  using tir::ConvertKind;
  auto lit = [](const char* s) { return conv(ConvertKind::LiteralString, ty::string(), str(s, ty::string_literal())); };
  CHECK(as_str(eval(op(OpKind::Concat, ty::string(), {lit("ab"), lit("cd")}))) == "abcd");
  CHECK(as_int(eval(op(OpKind::ByteLength, ty::int_(), {str("héllo")}))) == 6);
  CHECK(as_str(eval(conv(ConvertKind::ToString, ty::string(), int_(-42)))) == "-42");
  CHECK(as_str(eval(conv(ConvertKind::ToString, ty::string(), bool_(false)))) == "False");
  CHECK(as_bool(eval(bin(OpKind::Lt, str("abc"), str("abd")))));
  CHECK(as_bool(eval(bin(OpKind::Eq, str("x"), str("x")))));
  auto r = eval(conv(ConvertKind::ToString, ty::string(), flt(1.5)));
  CHECK_FALSE(r.ok());
  CHECK(r.why_not.find("float") != std::string::npos);
}

TEST_CASE("comptime: And/Or and compare chains short-circuit") {
  Fn outside("outside");
  auto x = outside.local("x", ty::bool_());
  auto xi = outside.local("xi");
  CHECK_FALSE(as_bool(eval(op(OpKind::And, ty::bool_(), {bool_(false), ref(x)}))));
  CHECK(as_bool(eval(op(OpKind::Or, ty::bool_(), {bool_(true), ref(x)}))));
  CHECK_FALSE(eval(op(OpKind::And, ty::bool_(), {bool_(true), ref(x)})).ok());
  // 1 < 0 < xi: xi is never read
  auto chain = std::make_shared<tir::CompareChain>(at(1));
  chain->operands = {int_(1), int_(0), ref(xi)};
  chain->ops = {OpKind::Lt, OpKind::Lt};
  CHECK_FALSE(as_bool(eval(chain)));
  auto chain2 = std::make_shared<tir::CompareChain>(at(1));
  chain2->operands = {int_(0), int_(1), int_(2)};
  chain2->ops = {OpKind::Lt, OpKind::Le};
  CHECK(as_bool(eval(chain2)));
  auto cond = std::make_shared<tir::Conditional>(ty::int_(), at(1), bool_(false), ref(xi), int_(9));
  CHECK(as_int(eval(cond)) == 9);
}

TEST_CASE("comptime: a loop that never ends stops at the step limit") {
  Fn spin("spin", ty::none());
  spin.f->body = block(while_(bool_(true), block(), 4));
  sema::comptime::Evaluator ev;
  ev.step_limit = 100000;
  auto r = ev.eval(*spin.call({}));
  CHECK_FALSE(r.ok());
  CHECK(r.why_not == "evaluation did not finish within 100000 steps");
  CHECK(r.where.valid());

  // an empty for body over a huge range counts too
  Fn count("count", ty::none());
  auto i = count.local("i");
  count.f->body = block(for_(i, int_(0), int_(1LL << 62), nullptr, block()));
  CHECK_FALSE(ev.eval(*count.call({})).ok());
}

TEST_CASE("comptime: infinite recursion stops at the depth limit") {
  Fn down("down");
  auto n = down.param("n");
  down.f->body = block(ret(down.call({bin(OpKind::Add, ref(n), int_(1))}, 5)));
  auto r = eval(down.call({int_(0)}));
  CHECK_FALSE(r.ok());
  CHECK(r.why_not == "recursion deeper than 512 calls at compile time");
  CHECK(r.where.line == 5);
}

TEST_CASE("comptime: reading a run-time variable fails") {
  Fn outside("main", ty::none());
  auto x = outside.local("x");
  auto r = eval(bin(OpKind::Add, ref(x, 9), int_(1)));
  CHECK_FALSE(r.ok());
  CHECK(r.why_not == "reads run-time variable 'x'");
  CHECK(r.where.line == 9);

  auto p = std::make_shared<tir::Print>(at(2));
  p->values.push_back(int_(1));
  auto rp = eval(p);
  CHECK_FALSE(rp.ok());
  CHECK(rp.why_not == "cannot call 'print' at compile time");
  CHECK(rp.where.line == 2);
}

TEST_CASE("comptime: for-range with negative steps, break, continue and else") {
  // total = 0; for i in range(10, 0, -3): total = total * 100 + i  else: total = -total
  Fn f("f");
  auto total = f.local("total"), i = f.local("i");
  f.f->body = block(var(total, int_(0)),
                    for_(i, int_(10), int_(0), int_(-3),
                         block(assign(total, bin(OpKind::Add, bin(OpKind::Mul, ref(total), int_(100)), ref(i)))),
                         block(assign(total, op(OpKind::Neg, ty::int_(), {ref(total)})))),
                    ret(ref(total)));
  CHECK(as_int(eval(f.call({}))) == -10070401);

  // for i in range(10): if i == 3: continue; if i == 5: break; s += i  else: s = 1000
  Fn g("g");
  auto s = g.local("s"), j = g.local("j");
  g.f->body = block(var(s, int_(0)),
                    for_(j, int_(0), int_(10), nullptr,
                         block(if_(bin(OpKind::Eq, ref(j), int_(3)), block(std::make_unique<tir::Continue>(at(1)))),
                               if_(bin(OpKind::Eq, ref(j), int_(5)), block(std::make_unique<tir::Break>(at(1)))),
                               assign(s, bin(OpKind::Add, ref(s), ref(j)))),
                         block(assign(s, int_(1000)))),
                    ret(ref(s)));
  CHECK(as_int(eval(g.call({}))) == 0 + 1 + 2 + 4);
}

TEST_CASE("comptime: raising fails the evaluation unless a try catches it") {
  Fn boom("boom");
  boom.f->raises = true;
  boom.f->body = block(raise_("boom!", 6), ret(int_(1)));
  auto r = eval(boom.call({}));
  CHECK_FALSE(r.ok());
  CHECK(r.why_not == "raised an error: boom!");
  CHECK(r.where.line == 6);

  // try: return boom() except e: return String(e).byte_length() finally: pass
  Fn safe("safe");
  auto e = safe.local("e", ty::error());
  auto t = std::make_unique<tir::Try>(at(1));
  t->body = block(ret(boom.call({})));
  t->has_handler = true;
  t->error = e;
  t->handler = block(ret(op(OpKind::ByteLength, ty::int_(), {conv(tir::ConvertKind::ErrorToString, ty::string(), ref(e))})));
  safe.f->body = block(std::move(t));
  CHECK(as_int(eval(safe.call({}))) == 5);
}

TEST_CASE("comptime: globals, mut arguments, and what cannot run") {
  tir::Global g;
  g.name = "N";
  g.type = ty::int_();
  g.value = int_(21);
  CHECK(as_int(eval(bin(OpKind::Mul, std::make_shared<tir::GlobalRef>(&g, at(1)), int_(2)))) == 42);

  // def bump(mut x: Int): x += 1      def f() -> Int: var y = 1; bump(y); bump(y); return y
  Fn bump("bump", ty::none());
  auto x = bump.param("x", ty::int_(), ast::Convention::Mut);
  bump.f->body = block(assign(x, bin(OpKind::Add, ref(x), int_(1))));
  Fn f("f");
  auto y = f.local("y");
  f.f->body = block(var(y, int_(1)), expr_stmt(bump.call({ref(y)})), expr_stmt(bump.call({ref(y)})), ret(ref(y)));
  CHECK(as_int(eval(f.call({}))) == 3);

  // a body that is not available
  Fn fib = recursive_fib();
  sema::comptime::Evaluator ev;
  int asked = 0;
  ev.ensure_body = [&](const tir::Function&) { return ++asked, false; };
  auto r = ev.eval(*fib.call({int_(3)}));
  CHECK_FALSE(r.ok());
  CHECK(asked == 1);
  CHECK(r.why_not.find("not available") != std::string::npos);

  // a function without a result has no constant value
  Fn noop("noop", ty::none());
  auto rn = eval(noop.call({}));
  CHECK_FALSE(rn.ok());
  CHECK(rn.why_not == "a value of type 'NoneType' is not a compile-time constant");
}
