// sema: expression types, literal folding, overload resolution, editions and
// diagnostics (code + line:col), checked on the typed tree.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "sema/sema.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

using namespace mojoc;

namespace {
struct Checked {
  std::unique_ptr<tir::Program> prog;
  std::vector<std::string> errors;  // "CODE line:col"
  std::string rendered;
};

Checked check_str(const std::string& src, const std::string& era = "auto") {
  SourceManager sm;
  auto id = sm.add("t.mojo", src);
  diag::DiagEngine d(sm);
  auto toks = lex(sm.get(id), id, d);
  auto mod = parse(toks, id, d);
  Checked c;
  sema::SemaOptions o;
  o.era = era;
  if (!d.has_errors()) c.prog = sema::check(mod, sm, d, o);
  for (auto& x : d.all())
    if (x.severity == diag::Severity::Error)
      c.errors.push_back(std::string(diag::info(x.code).code) + " " + std::to_string(x.span.line) + ":" +
                         std::to_string(x.span.col));
  c.rendered = d.render_to_string(false);
  return c;
}

const tir::Function& fn(const Checked& c, const std::string& name) {
  for (auto& f : c.prog->root->functions)
    if (f->name == name) return *f;
  FAIL("no function " << name);
  return *c.prog->root->functions[0];
}

// The expression of the first statement `return <expr>` of function f.
const tir::Expr& returned(const Checked& c, const std::string& name = "f") {
  const auto& body = fn(c, name).body;
  REQUIRE(!body.empty());
  REQUIRE(body.back()->kind == tir::StmtKind::Return);
  return *body.back()->as<tir::Return>().value;
}

bool has(const Checked& c, const std::string& e) {
  for (auto& x : c.errors)
    if (x == e) return true;
  return false;
}
}  // namespace

TEST_CASE("sema: literal arithmetic folds and materializes") {
  auto c = check_str("def f() -> Float64:\n    return 7 / 2\ndef main():\n    pass\n");
  REQUIRE(c.prog);
  const auto& e = returned(c);
  CHECK(e.kind == tir::ExprKind::FloatConst);
  CHECK(e.type->kind == tir::TypeKind::Float64);
  CHECK(static_cast<double>(e.as<tir::FloatConst>().value) == 3.5);

  auto i = check_str("def f() -> Int:\n    return 2 ** 10 + 10 // 3\ndef main():\n    pass\n");
  REQUIRE(i.prog);
  CHECK(returned(i).kind == tir::ExprKind::IntConst);
  CHECK(static_cast<long long>(returned(i).as<tir::IntConst>().value) == 1027);
}

TEST_CASE("sema: Int / Int per edition") {
  const char* src = "fn f(a: Int, b: Int) -> Float64:\n    return a / b\nfn main():\n    pass\n";
  auto legacy = check_str(src, "25.6");
  REQUIRE(legacy.prog);
  CHECK(returned(legacy).type->kind == tir::TypeKind::Float64);
  auto modern = check_str("def f(a: Int, b: Int) -> Int:\n    return a / b\ndef main():\n    pass\n", "1.2");
  REQUIRE(modern.prog);
  const auto& e = returned(modern);
  REQUIRE(e.kind == tir::ExprKind::Op);
  CHECK(e.as<tir::Op>().op == tir::OpKind::TrueDiv);
  CHECK(e.type->kind == tir::TypeKind::Int);
}

TEST_CASE("sema: operators make conversions explicit") {
  auto c = check_str("def f(x: Int8) -> Int8:\n    return x + 1\ndef main():\n    pass\n");
  REQUIRE(c.prog);
  const auto& e = returned(c);
  REQUIRE(e.kind == tir::ExprKind::Op);
  const auto& rhs = *e.as<tir::Op>().operands[1];
  CHECK(rhs.kind == tir::ExprKind::IntConst);
  CHECK(rhs.type->kind == tir::TypeKind::Int8);
  CHECK(e.type->kind == tir::TypeKind::Int8);
}

TEST_CASE("sema: overload resolution prefers exact matches and literal defaults") {
  auto c = check_str(
      "def g(x: Int) -> Int:\n    return 1\n"
      "def g(x: Float64) -> Int:\n    return 2\n"
      "def f() -> Int:\n    return g(3)\n"
      "def h() -> Int:\n    return g(3.0)\n"
      "def main():\n    pass\n");
  REQUIRE(c.prog);
  const auto& a = returned(c, "f").as<tir::Call>();
  CHECK(a.callee->params[0]->type->kind == tir::TypeKind::Int);
  const auto& b = returned(c, "h").as<tir::Call>();
  CHECK(b.callee->params[0]->type->kind == tir::TypeKind::Float64);
}

TEST_CASE("sema: defaults and keywords fill the argument list") {
  auto c = check_str(
      "def g(a: Int, b: Int = 5, c: Int = 7) -> Int:\n    return a + b + c\n"
      "def f() -> Int:\n    return g(1, c=2)\n"
      "def main():\n    pass\n");
  REQUIRE(c.prog);
  const auto& call = returned(c).as<tir::Call>();
  REQUIRE(call.args.size() == 3);
  CHECK(static_cast<int>(call.args[1]->as<tir::IntConst>().value) == 5);
  CHECK(static_cast<int>(call.args[2]->as<tir::IntConst>().value) == 2);
}

TEST_CASE("sema: functions may be used before their definition") {
  auto c = check_str("def main():\n    print(later(2))\ndef later(x: Int) -> Int:\n    return x\n");
  CHECK(c.prog);
  CHECK(c.errors.empty());
}

TEST_CASE("sema: raising rules per edition") {
  const char* src = "def g() raises:\n    raise Error(\"x\")\ndef main():\n    g()\n";
  auto modern = check_str(src);
  CHECK(!modern.prog);
  CHECK(has(modern, "E0507 4:6"));
  auto legacy = check_str(src, "25.6");
  CHECK(legacy.prog);
  auto caught = check_str("def g() raises:\n    raise Error(\"x\")\ndef main():\n    try:\n        g()\n    except e:\n        print(e)\n");
  CHECK(caught.prog);
  auto r = check_str("def main():\n    raise Error(\"x\")\n");
  CHECK(has(r, "E0508 2:5"));
}

TEST_CASE("sema: diagnostics carry codes and positions") {
  CHECK(has(check_str("def main():\n    print(y)\n"), "E0301 2:11"));
  CHECK(has(check_str("def main():\n    var x: Int = \"s\"\n"), "E0401 2:18"));
  CHECK(has(check_str("def main():\n    var x: Float64 = 1.0\n    print(x & x)\n"), "E0403 3:13"));
  CHECK(has(check_str("def main():\n    break\n"), "E0601 2:5"));
  CHECK(has(check_str("def f() -> Int:\n    print(1)\ndef main():\n    pass\n"), "E0604 1:5"));
  CHECK(has(check_str("def f(a: Int) -> Int:\n    return a\ndef main():\n    print(f(1, 2))\n"), "E0501 4:16"));
  CHECK(has(check_str("def main():\n    var x: Int\n    print(x)\n"), "E0307 3:11"));
  CHECK(has(check_str("def f(x: Int):\n    x = 1\ndef main():\n    pass\n"), "E0309 2:5"));
  CHECK(has(check_str("def main():\n    var x = 1\n    del x\n"), "E0901 3:5"));
  CHECK(has(check_str("def f():\n    pass\n"), "E0308 1:1"));
}

TEST_CASE("sema: several errors per run") {
  auto c = check_str("def main():\n    print(a)\n    print(b)\n    break\n");
  CHECK(c.errors.size() == 3);
}

TEST_CASE("sema: comptime constants fold") {
  auto c = check_str("comptime N = 10\ncomptime M = N * 2\ndef f() -> Int:\n    return M + 1\ndef main():\n    pass\n");
  REQUIRE(c.prog);
  CHECK(static_cast<int>(returned(c).as<tir::IntConst>().value) == 21);
  CHECK(c.prog->root->globals.size() == 2);
}

TEST_CASE("sema: chained comparisons keep every operand once") {
  auto c = check_str("def f(a: Int, b: Int, c: Int) -> Bool:\n    return a < b < c\ndef main():\n    pass\n");
  REQUIRE(c.prog);
  const auto& e = returned(c);
  REQUIRE(e.kind == tir::ExprKind::CompareChain);
  CHECK(e.as<tir::CompareChain>().operands.size() == 3);
}
