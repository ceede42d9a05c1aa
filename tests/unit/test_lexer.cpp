// Lexer: layout tokens, literals, errors (E01xx) with line:col.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/lexer.hpp"

using namespace mojoc;

namespace {
struct Lexed {
  SourceManager sm;
  std::vector<Token> toks;
  std::vector<std::string> errors;  // "CODE line:col"
};
Lexed lex_str(const std::string& src) {
  Lexed r;
  auto id = r.sm.add("t.mojo", src);
  diag::DiagEngine d(r.sm);
  r.toks = lex(r.sm.get(id), id, d);
  for (auto& e : d.all())
    r.errors.push_back(std::string(diag::info(e.code).code) + " " + std::to_string(e.span.line) +
                       ":" + std::to_string(e.span.col));
  return r;
}
std::string kinds(const std::vector<Token>& ts) {
  std::string o;
  for (auto& t : ts) o += std::string(o.empty() ? "" : " ") + tok_name(t.kind);
  return o;
}
}  // namespace

TEST_CASE("lexer: layout tokens") {
  auto r = lex_str("def f():\n    x = 1\n\n    # c\n    if x:\n        pass\ny\n");
  CHECK(kinds(r.toks) ==
        "DEF NAME LPAREN RPAREN COLON NEWLINE INDENT NAME ASSIGN INT NEWLINE IF NAME COLON "
        "NEWLINE INDENT PASS NEWLINE DEDENT DEDENT NAME NEWLINE END");
  CHECK(r.errors.empty());
}

TEST_CASE("lexer: implicit joining, backslash and trailing-operator continuation") {
  auto r = lex_str("x = (1,\n  2)\ny = 1 + \\\n 2\nz = 3 *\n    4\n");
  CHECK(kinds(r.toks) ==
        "NAME ASSIGN LPAREN INT COMMA INT RPAREN NEWLINE NAME ASSIGN INT PLUS INT NEWLINE NAME "
        "ASSIGN INT STAR INT NEWLINE END");
  CHECK(r.errors.empty());
}

TEST_CASE("lexer: int literals") {
  auto r = lex_str("0x1F 0o17 0b1011 1_000_000 340282366920938463463374607431768211456\n");
  REQUIRE(r.toks.size() >= 5);
  CHECK(r.toks[0].int_value == 31);
  CHECK(r.toks[1].int_value == 15);
  CHECK(r.toks[2].int_value == 11);
  CHECK(r.toks[3].int_value == 1000000);
  CHECK(r.toks[4].int_overflow);
  CHECK(r.errors.empty());
}

TEST_CASE("lexer: float literals") {
  auto r = lex_str("1.5 1e-5 .5 1_000.0 2.\n");
  CHECK(kinds(r.toks) == "FLOAT FLOAT FLOAT FLOAT FLOAT NEWLINE END");
  CHECK(r.toks[0].float_value == 1.5);
  CHECK(r.toks[1].float_value == 1e-5);
  CHECK(r.toks[2].float_value == 0.5);
  CHECK(r.toks[3].float_value == 1000.0);
  CHECK(r.toks[4].float_value == 2.0);
}

TEST_CASE("lexer: strings and escapes") {
  auto r = lex_str(R"(a = "x\n\t\\\'\"\x41\u00e9\U0001F525\101" 'y' r"a\nb" t"v={v}")"
                   "\nb = \"\"\"multi\nline\"\"\"\n");
  std::vector<const Token*> s;
  for (auto& t : r.toks)
    if (t.kind == Tok::String) s.push_back(&t);
  REQUIRE(s.size() == 5);
  CHECK(s[0]->str == "x\n\t\\'\"A\xC3\xA9\xF0\x9F\x94\xA5" "A");
  // \x and octal escapes name code points, stored as UTF-8 (Mojo prints "\xe9" as é)
  {
    auto e = lex_str("s = \"\\xe9\\351\"\n");
    REQUIRE(e.toks.size() > 2);
    CHECK(e.toks[2].kind == Tok::String);
    CHECK(e.toks[2].str == "\xC3\xA9\xC3\xA9");
  }
  CHECK(s[1]->str == "y");
  CHECK(s[2]->str == "a\\nb");
  CHECK(s[2]->raw);
  CHECK(s[3]->tstring);
  CHECK(s[4]->str == "multi\nline");
  CHECK(r.errors.empty());
}

TEST_CASE("lexer: identifiers, keywords, soft keywords, backticks, utf-8") {
  auto r = lex_str("fn `def` mut caf\xC3\xA9 self raises\n");
  CHECK(kinds(r.toks) == "FN NAME NAME NAME NAME RAISES NEWLINE END");
  CHECK(r.toks[1].str == "def");
  CHECK(r.toks[3].span.col == 14);
}

TEST_CASE("lexer: operators") {
  auto r = lex_str("a ** b // c <<= d := e -> ... @ x^ != y\n");
  CHECK(kinds(r.toks) ==
        "NAME DOUBLESTAR NAME DOUBLESLASH NAME SHLEQ NAME WALRUS NAME ARROW ELLIPSIS AT NAME "
        "CARET NOTEQ NAME NEWLINE END");
}

TEST_CASE("lexer: error codes with positions") {
  CHECK(lex_str("x = \"abc\n").errors == std::vector<std::string>{"E0102 1:5"});
  CHECK(lex_str("x = \"a\\qb\"\n").errors == std::vector<std::string>{"E0103 1:7"});
  // number errors point at the first offending character, as Mojo does
  CHECK(lex_str("x = 0b102\n").errors == std::vector<std::string>{"E0104 1:9"});
  CHECK(lex_str("x = 0xZZ\n").errors == std::vector<std::string>{"E0104 1:7"});
  CHECK(lex_str("x = 1__0\n").errors == std::vector<std::string>{"E0104 1:6"});
  CHECK(lex_str("if x:\n    a\n  b\n").errors == std::vector<std::string>{"E0105 3:3"});
  CHECK(lex_str("if x:\n \ta\n").errors == std::vector<std::string>{"E0106 2:3"});
  // spaces on one line and a tab on another are just as ambiguous
  CHECK(lex_str("if x:\n    a\n    if y:\n\tb\n").errors == std::vector<std::string>{"E0106 4:2"});
  CHECK(lex_str("if x:\n\ta\n\tif y:\n\t\tb\n").errors.empty());
  CHECK(lex_str("x = (1,\n2\n").errors == std::vector<std::string>{"E0107 1:5"});
  CHECK(lex_str("x = 1)\n").errors == std::vector<std::string>{"E0108 1:6"});
  CHECK(lex_str("x = \xff\n").errors == std::vector<std::string>{"E0109 1:5"});
  CHECK(lex_str("x = $\n").errors == std::vector<std::string>{"E0101 1:5"});
}

TEST_CASE("lexer: unclosed bracket before a def is closed there") {
  auto r = lex_str("def f():\n    g(1,\ndef h():\n    pass\n");
  CHECK(r.errors == std::vector<std::string>{"E0107 2:6"});
  CHECK(kinds(r.toks).find("NEWLINE DEDENT DEF NAME") != std::string::npos);
}

TEST_CASE("lexer: dump_tokens") {
  auto r = lex_str("x = 1\n");
  CHECK(dump_tokens(r.toks) == "1:1 NAME x\n1:3 ASSIGN =\n1:5 INT 1\n1:6 NEWLINE\n2:1 END\n");
}
