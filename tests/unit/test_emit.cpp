// emit: the C++ printed for typed trees (snippets), layout and options.
#include <doctest/doctest.h>

#include <string>

#include "diag/diagnostic.hpp"
#include "emit/emit.hpp"
#include "sema/sema.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

using namespace mojoc;

namespace {
emit::CppOutput emit_str(const std::string& src, emit::EmitOptions o = {}) {
  SourceManager sm;
  auto id = sm.add("prog.mojo", src);
  diag::DiagEngine d(sm);
  auto toks = lex(sm.get(id), id, d);
  auto mod = parse(toks, id, d);
  auto prog = sema::check(mod, sm, d, {});
  REQUIRE_MESSAGE(prog, d.render_to_string(false));
  return emit::emit_cpp(*prog, sm, o);
}
bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }
}  // namespace

TEST_CASE("emit: functions keep their names and concrete types") {
  auto out = emit_str("def add(a: Int, b: Int) -> Int:\n    return a + b\ndef main():\n    print(add(1, 2))\n");
  CHECK(contains(out.header, "namespace prog {"));
  CHECK(contains(out.header, "mojo::Int add(mojo::Int a, mojo::Int b);"));
  CHECK(contains(out.source, "#include \"prog.hpp\""));
  CHECK(contains(out.source, "return a + b;"));
  CHECK(contains(out.source, "mojo::print(add(mojo::Int(1), mojo::Int(2)));"));
  CHECK(contains(out.source, "int main(int argc, char** argv)"));
  CHECK(contains(out.source, "mojo::detail::run_main"));
}

TEST_CASE("emit: Mojo integer semantics go through the runtime helpers") {
  auto out = emit_str("def f(a: Int, b: Int) -> Int:\n    return a // b + a % b + a ** b\ndef main():\n    pass\n");
  CHECK(contains(out.source, "mojo::floordiv(a, b)"));
  CHECK(contains(out.source, "mojo::mod(a, b)"));
  CHECK(contains(out.source, "mojo::pow(a, b)"));
}

TEST_CASE("emit: raising calls propagate as values") {
  auto out = emit_str(
      "def g() raises -> Int:\n    raise Error(\"boom\")\n"
      "def main() raises:\n    print(g())\n    try:\n        print(g())\n    except e:\n        print(e)\n");
  CHECK(contains(out.source, "mojo::Raises<mojo::Int> g()"));
  CHECK(contains(out.source, "return mojo::Error(\"boom\");"));
  CHECK(contains(out.source, "MOJO_TRY(g())"));
  CHECK(contains(out.source, "MOJO_TRY_OR_GOTO(g(), caught_"));
  CHECK(contains(out.source, "mojo::Error& e = caught_"));
}

TEST_CASE("emit: C++ keywords are escaped and #line can be turned off") {
  auto src = "def main():\n    var new = 1\n    print(new)\n";
  auto out = emit_str(src);
  CHECK(contains(out.source, "mojo::Int new_ = 1;"));
  CHECK(contains(out.source, "#line 2 \"prog.mojo\""));
  emit::EmitOptions o;
  o.line_directives = false;
  o.library_mode = true;
  o.api_namespace = "api";
  auto lib = emit_str(src, o);
  CHECK(!contains(lib.source, "#line"));
  CHECK(!contains(lib.source, "int main("));
  CHECK(contains(lib.header, "namespace api {"));
}

TEST_CASE("emit: comptime constants become constexpr") {
  auto out = emit_str("comptime N = 10\ndef main():\n    comptime K: Float64 = 2\n    print(N * 2, K)\n");
  CHECK(contains(out.header, "inline constexpr mojo::Int N = 10;"));
  CHECK(contains(out.source, "constexpr double K = 2.0;"));
}

TEST_CASE("emit: loops with else and ranges") {
  auto out = emit_str("def main():\n    for i in range(10, 0, -2):\n        if i == 4:\n            break\n    else:\n        print(\"no break\")\n");
  CHECK(contains(out.source, "for (mojo::Int i : mojo::range(10, 0, -2))"));
  CHECK(contains(out.source, "goto brk_"));
}
