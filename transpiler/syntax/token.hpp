// Tokens: what the layout-aware lexer (lexer.cpp) hands to the X3 grammar.
//
// Keywords are resolved in the lexer; the argument-convention words (mut,
// out, read, inout, owned, borrowed, deinit, imm) are soft keywords and arrive
// as Name tokens.  `^` is one token kind (Caret): the grammar decides between
// transfer (`x^`) and xor.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/source.hpp"

namespace mojoc {

// X(Enum, dump name, description used in diagnostics)
#define MOJOC_TOKENS(X)                                   \
  X(End, "END", "end of file")                            \
  X(Newline, "NEWLINE", "newline")                        \
  X(Indent, "INDENT", "indented block")                   \
  X(Dedent, "DEDENT", "end of block")                     \
  X(Name, "NAME", "identifier")                           \
  X(Int, "INT", "integer literal")                        \
  X(Float, "FLOAT", "float literal")                      \
  X(String, "STRING", "string literal")                   \
  /* keywords */                                          \
  X(KwDef, "DEF", "'def'")                                \
  X(KwFn, "FN", "'fn'")                                   \
  X(KwStruct, "STRUCT", "'struct'")                       \
  X(KwTrait, "TRAIT", "'trait'")                          \
  X(KwVar, "VAR", "'var'")                                \
  X(KwLet, "LET", "'let'")                                \
  X(KwAlias, "ALIAS", "'alias'")                          \
  X(KwComptime, "COMPTIME", "'comptime'")                 \
  X(KwIf, "IF", "'if'")                                   \
  X(KwElif, "ELIF", "'elif'")                             \
  X(KwElse, "ELSE", "'else'")                             \
  X(KwWhile, "WHILE", "'while'")                          \
  X(KwFor, "FOR", "'for'")                                \
  X(KwIn, "IN", "'in'")                                   \
  X(KwBreak, "BREAK", "'break'")                          \
  X(KwContinue, "CONTINUE", "'continue'")                 \
  X(KwPass, "PASS", "'pass'")                             \
  X(KwReturn, "RETURN", "'return'")                       \
  X(KwRaise, "RAISE", "'raise'")                          \
  X(KwRaises, "RAISES", "'raises'")                       \
  X(KwTry, "TRY", "'try'")                                \
  X(KwExcept, "EXCEPT", "'except'")                       \
  X(KwFinally, "FINALLY", "'finally'")                    \
  X(KwWith, "WITH", "'with'")                             \
  X(KwAs, "AS", "'as'")                                   \
  X(KwImport, "IMPORT", "'import'")                       \
  X(KwFrom, "FROM", "'from'")                             \
  X(KwAnd, "AND", "'and'")                                \
  X(KwOr, "OR", "'or'")                                   \
  X(KwNot, "NOT", "'not'")                                \
  X(KwIs, "IS", "'is'")                                   \
  X(KwTrue, "TRUE", "'True'")                             \
  X(KwFalse, "FALSE", "'False'")                          \
  X(KwNone, "NONE", "'None'")                             \
  X(KwLambda, "LAMBDA", "'lambda'")                       \
  X(KwAssert, "ASSERT", "'assert'")                       \
  X(KwDel, "DEL", "'del'")                                \
  X(KwRef, "REF", "'ref'")                                \
  X(KwWhere, "WHERE", "'where'")                          \
  X(KwCapturing, "CAPTURING", "'capturing'")              \
  X(KwEscaping, "ESCAPING", "'escaping'")                 \
  /* operators and delimiters */                          \
  X(LParen, "LPAREN", "'('")                              \
  X(RParen, "RPAREN", "')'")                              \
  X(LBracket, "LBRACKET", "'['")                          \
  X(RBracket, "RBRACKET", "']'")                          \
  X(LBrace, "LBRACE", "'{'")                              \
  X(RBrace, "RBRACE", "'}'")                              \
  X(Comma, "COMMA", "','")                                \
  X(Colon, "COLON", "':'")                                \
  X(Semi, "SEMI", "';'")                                  \
  X(Dot, "DOT", "'.'")                                    \
  X(Ellipsis, "ELLIPSIS", "'...'")                        \
  X(Arrow, "ARROW", "'->'")                               \
  X(Walrus, "WALRUS", "':='")                             \
  X(At, "AT", "'@'")                                      \
  X(Assign, "ASSIGN", "'='")                              \
  X(Plus, "PLUS", "'+'")                                  \
  X(Minus, "MINUS", "'-'")                                \
  X(Star, "STAR", "'*'")                                  \
  X(DoubleStar, "DOUBLESTAR", "'**'")                     \
  X(Slash, "SLASH", "'/'")                                \
  X(DoubleSlash, "DOUBLESLASH", "'//'")                   \
  X(Percent, "PERCENT", "'%'")                            \
  X(Amp, "AMP", "'&'")                                    \
  X(Pipe, "PIPE", "'|'")                                  \
  X(Caret, "CARET", "'^'")                                \
  X(Tilde, "TILDE", "'~'")                                \
  X(Shl, "SHL", "'<<'")                                   \
  X(Shr, "SHR", "'>>'")                                   \
  X(Lt, "LT", "'<'")                                      \
  X(Gt, "GT", "'>'")                                      \
  X(Le, "LE", "'<='")                                     \
  X(Ge, "GE", "'>='")                                     \
  X(EqEq, "EQEQ", "'=='")                                 \
  X(NotEq, "NOTEQ", "'!='")                               \
  X(PlusEq, "PLUSEQ", "'+='")                             \
  X(MinusEq, "MINUSEQ", "'-='")                           \
  X(StarEq, "STAREQ", "'*='")                             \
  X(SlashEq, "SLASHEQ", "'/='")                           \
  X(DoubleSlashEq, "DOUBLESLASHEQ", "'//='")              \
  X(PercentEq, "PERCENTEQ", "'%='")                       \
  X(DoubleStarEq, "DOUBLESTAREQ", "'**='")                \
  X(AtEq, "ATEQ", "'@='")                                 \
  X(AmpEq, "AMPEQ", "'&='")                               \
  X(PipeEq, "PIPEEQ", "'|='")                             \
  X(CaretEq, "CARETEQ", "'^='")                           \
  X(ShlEq, "SHLEQ", "'<<='")                              \
  X(ShrEq, "SHREQ", "'>>='")

enum class Tok : std::uint8_t {
#define MOJOC_TOK_ENUM(e, n, d) e,
  MOJOC_TOKENS(MOJOC_TOK_ENUM)
#undef MOJOC_TOK_ENUM
};

// "NAME", "LPAREN", "DEF" ... (for --emit=tokens)
const char* tok_name(Tok k);
// "identifier", "'('", "'def'" ... (for diagnostics)
const char* tok_description(Tok k);

struct Token {
  Tok kind = Tok::End;
  std::string_view text;  // exact source bytes (empty for layout tokens)
  Span span;
  // Decoded values
  std::string str;                 // String: bytes after escapes (t-strings: raw body)
  unsigned __int128 int_value = 0; // Int: magnitude
  bool int_overflow = false;       // Int: magnitude does not fit in 128 bits
  double float_value = 0;          // Float
  bool raw = false;                // String: r"..."
  bool tstring = false;            // String: t"..." (str holds the undecoded body)
  std::uint32_t body_offset = 0;   // String: byte offset of the body (after the quotes)
};

}  // namespace mojoc
