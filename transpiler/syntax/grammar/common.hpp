// Shared pieces of the X3 grammar over tokens (TOOLCHAIN.md §2):
// token primitives, the per-parse state, AST-building helpers, and the rule
// declarations that cross translation units (expr.cpp, decl.cpp, stmt.cpp).
//
// Every rule's context is x3::unused_type (no skipper, no `with`): the parse
// state lives in a thread_local pointer instead, which keeps
// BOOST_SPIRIT_INSTANTIATE simple.  Rules build AST nodes in semantic actions
// (_val/_attr/_where); binary operators are parsed flat and folded by
// precedence climbing in plain C++ (expr.cpp).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/fusion/include/at_c.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/ast.hpp"
#include "syntax/token.hpp"

namespace mojoc::grammar {

namespace x3 = boost::spirit::x3;
using TokIt = std::vector<Token>::const_iterator;
using Context = x3::unused_type;

// ------------------------------------------------------------ parse state
struct ParseState {
  diag::DiagEngine* diags = nullptr;
  std::uint32_t file = 0;
  ast::EditionMarkers markers;
  bool stmt_failed = false;  // set by statement recovery, read by its action
  int depth = 0;             // nesting guard
  // (code, offset) of diagnostics raised from semantic actions, which X3 may
  // run more than once when it backtracks
  std::set<std::pair<diag::Code, std::uint32_t>> reported;
  TokIt begin, end;
};
ParseState& state();  // the current parse (thread_local; defined in stmt.cpp)

// ------------------------------------------------------------ primitives

// One token kind, no attribute.
struct kw_p : x3::parser<kw_p> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  Tok kind;
  constexpr kw_p(Tok k) : kind(k) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || first->kind != kind) return false;
    ++first;
    return true;
  }
};

// One token kind; attribute: the token.
struct tk_p : x3::parser<tk_p> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  Tok kind;
  constexpr tk_p(Tok k) : kind(k) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || first->kind != kind) return false;
    x3::traits::move_to(&*first, attr);
    ++first;
    return true;
  }
};

// A Name token with a given spelling (soft keywords); attribute: the token.
struct soft_p : x3::parser<soft_p> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  const char* word;
  constexpr soft_p(const char* w) : word(w) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || first->kind != Tok::Name || first->text != word) return false;
    x3::traits::move_to(&*first, attr);
    ++first;
    return true;
  }
};

// A Name token spelling an argument convention (mut, out, read, inout, ...).
bool is_convention_word(std::string_view s);
struct conv_word_p : x3::parser<conv_word_p> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || first->kind != Tok::Name || first->raw || !is_convention_word(first->text))
      return false;
    x3::traits::move_to(&*first, attr);
    ++first;
    return true;
  }
};

// The contextual word `thin` in a function type (`def(Int) thin -> Int`).
struct thin_word_p : x3::parser<thin_word_p> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || first->kind != Tok::Name || first->raw || first->text != "thin") return false;
    x3::traits::move_to(&*first, attr);
    ++first;
    return true;
  }
};

// Any token whose kind satisfies a predicate; attribute: the token.
template <bool (*Pred)(Tok)>
struct pred_p : x3::parser<pred_p<Pred>> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  const char* what;
  constexpr pred_p(const char* w) : what(w) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || !Pred(first->kind)) return false;
    x3::traits::move_to(&*first, attr);
    ++first;
    return true;
  }
};

// A binary/comparison/boolean operator (one or two tokens: `not in`, `is not`).
struct OpInfo {
  enum Cls { Bin, Cmp } cls = Bin;
  ast::BinOp bop{};
  ast::CmpOp cop{};
  int prec = 0;
  bool right = false;
  Span span;
};
bool binop_of(TokIt it, TokIt last, OpInfo& out, int& ntoks);

struct binop_p : x3::parser<binop_p> {
  using attribute_type = OpInfo;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    OpInfo op;
    int n = 0;
    if (first == last || !binop_of(first, last, op, n)) return false;
    x3::traits::move_to(op, attr);
    first += n;
    return true;
  }
};

// Nesting guard: fails loudly (expectation_failure) when the input nests
// deeper than the recursive-descent stack can take.
template <class Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr nest_directive(Subject const& s) : base_type(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    struct Guard {
      int& d;
      ~Guard() { --d; }
    } g{++state().depth};
    if (state().depth > 150) throw x3::expectation_failure<It>(first, "less deeply nested code");
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct nest_gen {
  template <class Subject>
  constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& s) const {
    return {x3::as_parser(s)};
  }
};
constexpr nest_gen nest{};

bool can_start_operand(Tok k);
inline bool is_augop(Tok k) {
  switch (k) {
    case Tok::PlusEq: case Tok::MinusEq: case Tok::StarEq: case Tok::SlashEq:
    case Tok::DoubleSlashEq: case Tok::PercentEq: case Tok::DoubleStarEq: case Tok::AtEq:
    case Tok::AmpEq: case Tok::PipeEq: case Tok::CaretEq: case Tok::ShlEq: case Tok::ShrEq:
      return true;
    default: return false;
  }
}
inline bool is_prefix_op(Tok k) {
  return k == Tok::Minus || k == Tok::Plus || k == Tok::Tilde || k == Tok::KwNot;
}
inline bool is_def_kw(Tok k) { return k == Tok::KwDef || k == Tok::KwFn; }
inline bool is_var_kw(Tok k) { return k == Tok::KwVar || k == Tok::KwLet; }
inline bool is_comptime_kw(Tok k) { return k == Tok::KwComptime || k == Tok::KwAlias; }

// Token constants.
#define MOJOC_KW(name, kind) constexpr kw_p name{Tok::kind};
MOJOC_KW(END, End) MOJOC_KW(NEWLINE, Newline) MOJOC_KW(INDENT, Indent) MOJOC_KW(DEDENT, Dedent)
MOJOC_KW(LPAREN, LParen) MOJOC_KW(RPAREN, RParen) MOJOC_KW(LBRACKET, LBracket)
MOJOC_KW(RBRACKET, RBracket) MOJOC_KW(LBRACE, LBrace) MOJOC_KW(RBRACE, RBrace)
MOJOC_KW(COMMA, Comma) MOJOC_KW(COLON, Colon) MOJOC_KW(SEMI, Semi) MOJOC_KW(DOT, Dot)
MOJOC_KW(ARROW, Arrow) MOJOC_KW(WALRUS, Walrus) MOJOC_KW(AT, At) MOJOC_KW(ASSIGN, Assign)
MOJOC_KW(STAR, Star) MOJOC_KW(DOUBLESTAR, DoubleStar) MOJOC_KW(SLASH, Slash)
MOJOC_KW(DOUBLESLASH, DoubleSlash) MOJOC_KW(CARET, Caret)
MOJOC_KW(IF, KwIf) MOJOC_KW(ELIF, KwElif) MOJOC_KW(ELSE, KwElse) MOJOC_KW(WHILE, KwWhile)
MOJOC_KW(FOR, KwFor) MOJOC_KW(IN, KwIn) MOJOC_KW(TRY, KwTry) MOJOC_KW(EXCEPT, KwExcept)
MOJOC_KW(FINALLY, KwFinally) MOJOC_KW(WITH, KwWith) MOJOC_KW(AS, KwAs) MOJOC_KW(IMPORT, KwImport)
MOJOC_KW(FROM, KwFrom) MOJOC_KW(LAMBDA, KwLambda) MOJOC_KW(RAISES, KwRaises)
MOJOC_KW(CAPTURING, KwCapturing) MOJOC_KW(ESCAPING, KwEscaping) MOJOC_KW(WHERE, KwWhere)
MOJOC_KW(STRUCT, KwStruct) MOJOC_KW(TRAIT, KwTrait) MOJOC_KW(REF, KwRef) MOJOC_KW(VAR, KwVar)
MOJOC_KW(ASSERT, KwAssert) MOJOC_KW(COMPTIME, KwComptime)
#undef MOJOC_KW

constexpr tk_p T_NAME{Tok::Name}, T_INT{Tok::Int}, T_FLOAT{Tok::Float}, T_STRING{Tok::String},
    T_TRUE{Tok::KwTrue}, T_FALSE{Tok::KwFalse}, T_NONE{Tok::KwNone}, T_ELLIPSIS{Tok::Ellipsis},
    T_CARET{Tok::Caret}, T_STAR{Tok::Star}, T_DOUBLESTAR{Tok::DoubleStar}, T_DOT{Tok::Dot},
    T_PASS{Tok::KwPass}, T_BREAK{Tok::KwBreak}, T_CONTINUE{Tok::KwContinue},
    T_RETURN{Tok::KwReturn}, T_RAISE{Tok::KwRaise}, T_DEL{Tok::KwDel}, T_ASSERT{Tok::KwAssert},
    T_IMPORT{Tok::KwImport}, T_FROM{Tok::KwFrom}, T_REF{Tok::KwRef}, T_VAR{Tok::KwVar},
    T_IF{Tok::KwIf}, T_ELIF{Tok::KwElif}, T_WHILE{Tok::KwWhile}, T_FOR{Tok::KwFor},
    T_TRY{Tok::KwTry}, T_EXCEPT{Tok::KwExcept}, T_WITH{Tok::KwWith}, T_STRUCT{Tok::KwStruct},
    T_TRAIT{Tok::KwTrait}, T_AT{Tok::At}, T_LAMBDA{Tok::KwLambda}, T_LBRACKET{Tok::LBracket},
    T_LPAREN{Tok::LParen}, T_LBRACE{Tok::LBrace}, T_SLASH{Tok::Slash},
    T_DOUBLESLASH{Tok::DoubleSlash}, T_COMPTIME{Tok::KwComptime}, T_RAISES{Tok::KwRaises},
    T_CAPTURING{Tok::KwCapturing}, T_ESCAPING{Tok::KwEscaping};
constexpr pred_p<is_augop> T_AUGOP{"augmented assignment operator"};
constexpr pred_p<is_prefix_op> T_PREFIX{"unary operator"};
constexpr pred_p<is_def_kw> T_DEF{"'def' or 'fn'"};
constexpr pred_p<is_var_kw> T_VARLET{"'var'"};
constexpr pred_p<is_comptime_kw> T_COMPTIME_ALIAS{"'comptime'"};
constexpr binop_p BINOP{};
constexpr conv_word_p CONV_WORD{};
constexpr thin_word_p THIN_WORD{};
constexpr pred_p<can_start_operand> P_OPERAND_START{"operand"};

// ------------------------------------------------------------ helpers

inline Span span_range(TokIt b, TokIt e) {
  const auto& st = state();
  if (b == e) {
    if (b == st.end) return std::prev(b)->span;
    Span s = b->span;
    s.end = s.begin;
    return s;
  }
  Span s = b->span;
  auto last = std::prev(e);
  // do not stretch over trailing layout tokens
  while (last != b && (last->kind == Tok::Newline || last->kind == Tok::Dedent ||
                       last->kind == Tok::Indent))
    --last;
  if (last->span.end > s.end) s.end = last->span.end;
  return s;
}
template <class Ctx>
Span where_span(Ctx const& ctx) {
  auto const& r = x3::_where(ctx);
  return span_range(r.begin(), r.end());
}
inline std::string name_of(const Token* t) {
  if (t->raw && t->kind == Tok::Name) return t->str;  // backtick identifier
  return std::string(t->text);
}
template <class T>
std::shared_ptr<T> node(Span s) {
  auto n = std::make_shared<T>();
  n->span = s;
  return n;
}
template <class T, class P>
T& as(P& p) {
  return static_cast<T&>(*p);
}
ast::ExprPtr make_name(const Token* t);
ast::ExprPtr make_string(const std::vector<const Token*>& toks);
ast::Convention convention_of(std::string_view w);
void note_convention(std::string_view w);
std::string decorator_name(const ast::ExprPtr& e);
bool valid_target(const ast::ExprPtr& e);
void move_docstring(ast::Block& body, std::string& doc);

// Flat binary-expression list, folded by precedence climbing.
struct FlatOperand {
  std::vector<const Token*> prefixes;
  ast::ExprPtr atom;
};
struct Flat {
  std::vector<FlatOperand> operands;
  std::vector<OpInfo> ops;
};
ast::ExprPtr fold(Flat& f);

struct ConvInfo {
  ast::Convention conv = ast::Convention::Default;
  std::string spelling;
  std::vector<ast::ExprPtr> origins;
};
struct Effects {
  bool raises = false, capturing = false, escaping = false, thin = false;
  ast::ExprPtr raises_type;
};
struct SliceTail {
  ast::ExprPtr upper, step;
  bool has_step = false;
};
struct DictTail {
  std::vector<ast::ExprPtr> keys, values;
};

// ------------------------------------------------------------ rules across TUs
// expr.cpp
using test_type = x3::rule<struct test_id, ast::ExprPtr>;
using or_test_type = x3::rule<struct or_test_id, ast::ExprPtr>;
using namedexpr_type = x3::rule<struct namedexpr_id, ast::ExprPtr>;
using testlist_type = x3::rule<struct testlist_id, ast::ExprPtr>;
using postfix_type = x3::rule<struct postfix_id, ast::ExprPtr>;
using target_list_type = x3::rule<struct target_list_id, ast::ExprPtr>;
using type_expr_type = x3::rule<struct type_expr_id, ast::ExprPtr>;
using conv_type = x3::rule<struct conv_id, ConvInfo>;
using effects_type = x3::rule<struct effects_id, Effects>;
BOOST_SPIRIT_DECLARE(test_type, or_test_type, namedexpr_type, testlist_type, postfix_type,
                     target_list_type, type_expr_type, conv_type, effects_type)
// decl.cpp
using param_item_type = x3::rule<struct param_item_id, ast::Param>;
using param_list_type = x3::rule<struct param_list_id, std::vector<ast::Param>>;
using funcdef_type = x3::rule<struct funcdef_id, ast::StmtPtr>;
using structdef_type = x3::rule<struct structdef_id, ast::StmtPtr>;
using traitdef_type = x3::rule<struct traitdef_id, ast::StmtPtr>;
using decorated_type = x3::rule<struct decorated_id, ast::StmtPtr>;
using capture_list_type = x3::rule<struct capture_list_id, std::vector<ast::Capture>>;
BOOST_SPIRIT_DECLARE(param_item_type, param_list_type, funcdef_type, structdef_type,
                     traitdef_type, decorated_type, capture_list_type)
// stmt.cpp
using block_type = x3::rule<struct block_id, ast::Block>;
using if_stmt_type = x3::rule<struct if_stmt_id, ast::StmtPtr>;
using for_stmt_type = x3::rule<struct for_stmt_id, ast::StmtPtr>;
using module_type = x3::rule<struct module_id, ast::Block>;
BOOST_SPIRIT_DECLARE(block_type, if_stmt_type, for_stmt_type, module_type)

}  // namespace mojoc::grammar

namespace boost::spirit::x3 {
template <>
struct get_info<mojoc::grammar::kw_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::kw_p const& p) const {
    return mojoc::tok_description(p.kind);
  }
};
template <>
struct get_info<mojoc::grammar::thin_word_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::thin_word_p const&) const { return "'thin'"; }
};
template <>
struct get_info<mojoc::grammar::conv_word_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::conv_word_p const&) const { return "argument convention"; }
};
template <>
struct get_info<mojoc::grammar::tk_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::tk_p const& p) const {
    return mojoc::tok_description(p.kind);
  }
};
template <>
struct get_info<mojoc::grammar::soft_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::soft_p const& p) const {
    return std::string("'") + p.word + "'";
  }
};
template <bool (*P)(mojoc::Tok)>
struct get_info<mojoc::grammar::pred_p<P>> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::pred_p<P> const& p) const { return p.what; }
};
// `> p[action]` reports what p expects, not the action's mangled type.
template <class Subject, class Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
template <class Subject>
struct get_info<mojoc::grammar::nest_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::nest_directive<Subject> const& p) const {
    return what(p.subject);
  }
};
template <>
struct get_info<mojoc::grammar::binop_p> {
  using result_type = std::string;
  std::string operator()(mojoc::grammar::binop_p const&) const { return "operator"; }
};
}  // namespace boost::spirit::x3
