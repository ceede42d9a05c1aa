// Rendering of diagnostics (diag/diagnostic.hpp): the layout users and tests grep.
#include <doctest/doctest.h>

#include <string>

#include "diag/catalog.hpp"
#include "diag/diagnostic.hpp"
#include "syntax/source.hpp"

using namespace mojoc;

namespace {

// A span over `len` bytes starting at 1-based (line, col) in an ASCII file.
Span span_at(const SourceManager& sm, std::uint32_t file, std::uint32_t line, std::uint32_t col, std::uint32_t len) {
  const SourceFile& f = sm.get(file);
  std::uint32_t begin = f.line_starts[line - 1] + col - 1;
  return Span{file, begin, begin + len, line, col};
}

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("diagnostic header line is file:line:col: error[CODE]: message") {
  SourceManager sm;
  auto id = sm.add("prog.mojo", "def main():\n    print(x)\n");
  diag::DiagEngine d(sm);
  const diag::CodeInfo* ci = diag::find(std::string(diag::info(diag::Code::CannotReadFile).code));
  REQUIRE(ci != nullptr);
  d.error(diag::Code::CannotReadFile, span_at(sm, id, 2, 11, 1), "use of unknown declaration 'x'");
  std::string out = d.render_to_string(false);
  std::string expected_head =
      "prog.mojo:2:11: error[" + std::string(ci->code) + "]: use of unknown declaration 'x'\n";
  CHECK(out.rfind(expected_head, 0) == 0);
  CHECK(out.find("2 |     print(x)\n") != std::string::npos);
  CHECK(out.find("1 error generated.") != std::string::npos);
  CHECK(d.error_count() == 1);
  CHECK(d.has_errors());
}

TEST_CASE("caret sits under the span's column and underlines its width") {
  SourceManager sm;
  auto id = sm.add("a.mojo", "var value = oops + 1\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::BadOption, span_at(sm, id, 1, 13, 4), "bad").with_label("here");
  std::string out = d.render_to_string(false);
  // "  | " prefix is the gutter: width of "1" + " | ".
  CHECK(out.find("\n  |             ^~~~ here\n") != std::string::npos);
}

TEST_CASE("a zero-width span still gets one caret") {
  SourceManager sm;
  auto id = sm.add("a.mojo", "x = (\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::BadOption, span_at(sm, id, 1, 6, 0), "eof");
  std::string out = d.render_to_string(false);
  CHECK(out.find("\n  |      ^\n") != std::string::npos);
}

TEST_CASE("caret column counts code points, not bytes") {
  SourceManager sm;
  // "é" is two bytes; the identifier after it starts at column 7.
  auto id = sm.add("u.mojo", "v = \"\xC3\xA9\" + zz\n");
  diag::DiagEngine d(sm);
  const SourceFile& f = sm.get(id);
  std::uint32_t begin = static_cast<std::uint32_t>(f.text.find("zz"));
  d.error(diag::Code::BadOption, Span{id, begin, begin + 2, 1, 10}, "zz");
  std::string out = d.render_to_string(false);
  CHECK(out.find("\n  |          ^~\n") != std::string::npos);
}

TEST_CASE("notes with and without a location, and help") {
  SourceManager sm;
  auto id = sm.add("n.mojo", "var a = 1\nvar a = 2\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::BadOption, span_at(sm, id, 2, 5, 1), "redefinition of 'a'")
      .note(span_at(sm, id, 1, 5, 1), "previous definition is here")
      .note("variables may only be declared once per scope")
      .with_help("rename one of them");
  std::string out = d.render_to_string(false);
  CHECK(out.find("n.mojo:1:5: note: previous definition is here\n") != std::string::npos);
  CHECK(out.find("  = note: variables may only be declared once per scope\n") != std::string::npos);
  CHECK(out.find("  = help: rename one of them\n") != std::string::npos);
}

TEST_CASE("the catalog's default help is shown unless overridden") {
  SourceManager sm;
  auto id = sm.add("h.mojo", "x\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::ToolchainNotFound, span_at(sm, id, 1, 1, 1));
  std::string out = d.render_to_string(false);
  CHECK(out.find("error[E1002]: " + std::string(diag::info(diag::Code::ToolchainNotFound).title)) !=
        std::string::npos);
  CHECK(out.find("  = help: " + std::string(diag::info(diag::Code::ToolchainNotFound).help)) != std::string::npos);
}

TEST_CASE("colour: ANSI escapes only when asked") {
  SourceManager sm;
  auto id = sm.add("c.mojo", "abc\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::BadOption, span_at(sm, id, 1, 1, 3), "m");
  CHECK(d.render_to_string(false).find('\x1b') == std::string::npos);
  std::string colored = d.render_to_string(true);
  CHECK(colored.find("\x1b[1;31m") != std::string::npos);
  CHECK(colored.find("\x1b[0m") != std::string::npos);
}

TEST_CASE("diagnostics are sorted by position, whatever order they were reported in") {
  SourceManager sm;
  auto id = sm.add("s.mojo", "a\nb\nc\n");
  diag::DiagEngine d(sm);
  d.error(diag::Code::BadOption, span_at(sm, id, 3, 1, 1), "third");
  d.warning(diag::Code::BadOption, span_at(sm, id, 1, 1, 1), "first");
  d.error(diag::Code::BadOption, span_at(sm, id, 2, 1, 1), "second");
  std::string out = d.render_to_string(false);
  auto p1 = out.find("first"), p2 = out.find("second"), p3 = out.find("third");
  REQUIRE(p1 != std::string::npos);
  CHECK(p1 < p2);
  CHECK(p2 < p3);
  CHECK(out.find("s.mojo:1:1: warning[") != std::string::npos);
  CHECK(d.error_count() == 2);
  CHECK(out.find("2 errors generated.") != std::string::npos);
  CHECK(count(out, "error[") == 2);
}

TEST_CASE("every code in the catalog is unique and spelled Ennnn") {
  for (auto c : {diag::Code::CannotReadFile, diag::Code::ToolchainNotFound, diag::Code::BadOption,
                 diag::Code::BadExtension, diag::Code::CannotWriteOutput}) {
    const auto& ci = diag::info(c);
    REQUIRE(ci.code.size() == 5);
    CHECK(ci.code[0] == 'E');
    CHECK(diag::find(ci.code) == &ci);
  }
  CHECK(diag::find("E9999") == nullptr);
}
