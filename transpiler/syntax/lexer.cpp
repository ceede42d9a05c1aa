#include "syntax/lexer.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace mojoc {

const char* tok_name(Tok k) {
  switch (k) {
#define MOJOC_TOK_NAME(e, n, d) case Tok::e: return n;
    MOJOC_TOKENS(MOJOC_TOK_NAME)
#undef MOJOC_TOK_NAME
  }
  return "?";
}

const char* tok_description(Tok k) {
  switch (k) {
#define MOJOC_TOK_DESC(e, n, d) case Tok::e: return d;
    MOJOC_TOKENS(MOJOC_TOK_DESC)
#undef MOJOC_TOK_DESC
  }
  return "?";
}

namespace {

using diag::Code;

// Span for a byte range using the file's line table (slow path; used for
// diagnostics inside string bodies).
Span span_at(const SourceFile& f, std::uint32_t file_id, std::uint32_t b, std::uint32_t e) {
  auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), b);
  std::uint32_t line = static_cast<std::uint32_t>(it - f.line_starts.begin());
  std::uint32_t ls = f.line_starts[line - 1];
  std::uint32_t col = 1;
  for (std::uint32_t i = ls; i < b && i < f.text.size(); ++i)
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) != 0x80) ++col;
  return Span{file_id, b, e, line, col};
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of a valid UTF-8 sequence starting at p (0 if invalid).
std::size_t utf8_len(const unsigned char* p, const unsigned char* end, std::uint32_t* cp_out = nullptr) {
  unsigned char c = p[0];
  std::size_t n;
  std::uint32_t cp;
  if (c < 0x80) { if (cp_out) *cp_out = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (static_cast<std::size_t>(end - p) < n) return 0;
  for (std::size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  if (cp_out) *cp_out = cp;
  return n;
}

struct Keyword { std::string_view text; Tok kind; };
constexpr Keyword kKeywords[] = {
    {"def", Tok::KwDef}, {"fn", Tok::KwFn}, {"struct", Tok::KwStruct}, {"trait", Tok::KwTrait},
    {"var", Tok::KwVar}, {"let", Tok::KwLet}, {"alias", Tok::KwAlias},
    {"comptime", Tok::KwComptime}, {"if", Tok::KwIf}, {"elif", Tok::KwElif},
    {"else", Tok::KwElse}, {"while", Tok::KwWhile}, {"for", Tok::KwFor}, {"in", Tok::KwIn},
    {"break", Tok::KwBreak}, {"continue", Tok::KwContinue}, {"pass", Tok::KwPass},
    {"return", Tok::KwReturn}, {"raise", Tok::KwRaise}, {"raises", Tok::KwRaises},
    {"try", Tok::KwTry}, {"except", Tok::KwExcept}, {"finally", Tok::KwFinally},
    {"with", Tok::KwWith}, {"as", Tok::KwAs}, {"import", Tok::KwImport}, {"from", Tok::KwFrom},
    {"and", Tok::KwAnd}, {"or", Tok::KwOr}, {"not", Tok::KwNot}, {"is", Tok::KwIs},
    {"True", Tok::KwTrue}, {"False", Tok::KwFalse}, {"None", Tok::KwNone},
    {"lambda", Tok::KwLambda}, {"assert", Tok::KwAssert}, {"del", Tok::KwDel},
    {"ref", Tok::KwRef}, {"where", Tok::KwWhere}, {"capturing", Tok::KwCapturing},
    {"escaping", Tok::KwEscaping},
};

Tok keyword_or_name(std::string_view s) {
  if (s.size() < 2 || s.size() > 9) return Tok::Name;
  for (const auto& k : kKeywords)
    if (k.text == s) return k.kind;
  return Tok::Name;
}

inline bool is_id_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
inline bool is_id_char(unsigned char c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
inline int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// A line ending in one of these continues on the next line (Mojo does this
// for trailing binary operators, without brackets or a backslash).
bool continues_line(Tok k) {
  switch (k) {
    case Tok::Plus: case Tok::Minus: case Tok::Star: case Tok::DoubleStar: case Tok::Slash:
    case Tok::DoubleSlash: case Tok::Percent: case Tok::At: case Tok::Shl: case Tok::Shr:
    case Tok::Amp: case Tok::Pipe: case Tok::Lt: case Tok::Gt: case Tok::Le: case Tok::Ge:
    case Tok::EqEq: case Tok::NotEq: case Tok::KwAnd: case Tok::KwOr:
      return true;
    default:
      return false;
  }
}

bool ends_operand(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Int: case Tok::Float: case Tok::String: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis: case Tok::RParen:
    case Tok::RBracket: case Tok::RBrace: case Tok::Caret:
      return true;
    default:
      return false;
  }
}

struct Bracket { char ch; Span span; std::uint32_t indent; };

class Lexer {
 public:
  Lexer(const SourceFile& f, std::uint32_t id, diag::DiagEngine& d)
      : f_(f), src_(f.text), id_(id), diags_(d) {}

  std::vector<Token> run();

 private:
  const SourceFile& f_;
  std::string_view src_;
  std::uint32_t id_;
  diag::DiagEngine& diags_;
  std::vector<Token> out_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
  // column cache (tokens are produced in order)
  std::size_t col_pos_ = 0;
  std::uint32_t col_ = 1;
  std::vector<std::uint32_t> indents_{0};
  std::vector<Bracket> brackets_;
  bool reported_tab_ = false;
  // ' ' or '\t': the character the first indented line used.  Mojo rejects a
  // file that indents some lines with spaces and others with tabs, not only a
  // line that mixes both.
  char indent_style_ = 0;

  std::uint32_t col_of(std::size_t p) {
    if (col_pos_ < line_start_ || p < col_pos_) { col_pos_ = line_start_; col_ = 1; }
    for (; col_pos_ < p; ++col_pos_)
      if ((static_cast<unsigned char>(src_[col_pos_]) & 0xC0) != 0x80) ++col_;
    return col_;
  }
  Span span(std::size_t b, std::size_t e) {
    return Span{id_, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), line_, col_of(b)};
  }
  Token& push(Tok k, std::size_t b, std::size_t e) {
    Token t;
    t.kind = k;
    t.text = src_.substr(b, e - b);
    t.span = span(b, e);
    out_.push_back(std::move(t));
    return out_.back();
  }
  void newline_at(std::size_t p) {  // p = index of '\n' (or of '\r' in "\r" alone)
    ++line_;
    line_start_ = p + 1;
  }
  char at(std::size_t p) const { return p < src_.size() ? src_[p] : '\0'; }

  bool line_start();       // handles indentation; false at EOF
  void number();
  void string(std::size_t start, std::size_t quote, bool raw, bool tstr);
  void identifier();
  void backtick();
  bool op();
  bool implicit_close_brackets();
};

// Measures the indentation of the line at pos_, skipping blank/comment lines.
// Returns false at EOF.
bool Lexer::line_start() {
  for (;;) {
    std::size_t p = pos_;
    std::uint32_t width = 0;
    bool sp = false, tab = false;
    for (; p < src_.size(); ++p) {
      char c = src_[p];
      if (c == ' ') { ++width; sp = true; }
      else if (c == '\t') { width = (width / 8 + 1) * 8; tab = true; }
      else if (c == '\f') width = 0;
      else break;
    }
    if (p >= src_.size()) { pos_ = p; return false; }
    char c = src_[p];
    if (c == '#') {
      while (p < src_.size() && src_[p] != '\n') ++p;
      if (p >= src_.size()) { pos_ = p; return false; }
      newline_at(p);
      pos_ = p + 1;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\r' && at(p + 1) == '\n') ++p;
      newline_at(p);
      pos_ = p + 1;
      continue;
    }
    if (c == '\\' && (at(p + 1) == '\n' || (at(p + 1) == '\r'))) {
      // a continuation on an otherwise empty line: keep going on the next line
    }
    pos_ = p;
    if ((sp || tab) && !indent_style_) indent_style_ = sp ? ' ' : '\t';
    bool mixed = (sp && tab) || (sp && indent_style_ == '\t') || (tab && indent_style_ == ' ');
    if (mixed && !reported_tab_) {
      reported_tab_ = true;
      diags_.error(Code::TabsMixedWithSpaces, span(p, p))
          .with_label(sp && tab ? "tabs and spaces mixed in this indentation"
                                : "this line is indented differently from earlier lines")
          .with_help(indent_style_ == '\t' ? "indent with tabs only, as the file's first indented line does"
                                            : "indent with spaces only, as the file's first indented line does");
    }
    if (width > indents_.back()) {
      indents_.push_back(width);
      push(Tok::Indent, p, p);
    } else if (width < indents_.back()) {
      while (width < indents_.back()) {
        indents_.pop_back();
        push(Tok::Dedent, p, p);
      }
      if (width != indents_.back()) {
        diags_.error(Code::InconsistentDedent, span(p, p + 1))
            .with_label("this indentation matches no enclosing block");
        indents_.push_back(width);  // continue as if it were a valid level
      }
    }
    return true;
  }
}

void Lexer::number() {
  std::size_t b = pos_, p = pos_;
  bool bad = false;
  std::size_t bad_at = 0;  // first offending character: where the caret goes
  auto mark_bad = [&](std::size_t at_) {
    if (!bad) bad_at = at_;
    bad = true;
  };
  bool is_float = false;
  unsigned __int128 value = 0;
  bool overflow = false;
  int base = 10;
  auto accumulate = [&](int d) {
    constexpr unsigned __int128 kMax = ~static_cast<unsigned __int128>(0);
    auto ud = static_cast<unsigned>(d), ub = static_cast<unsigned>(base);
    if (overflow || value > (kMax - ud) / ub) overflow = true;
    else value = value * ub + ud;
  };

  // digits of base b_ with single '_' separators between digits
  auto digits = [&](int b_, bool after_prefix) -> int {
    int count = 0;
    bool prev_digit = after_prefix;  // 0x_FF is allowed, as in Python
    while (p < src_.size()) {
      unsigned char c = static_cast<unsigned char>(src_[p]);
      if (c == '_') {
        if (!prev_digit || digit_value(static_cast<unsigned char>(at(p + 1))) >= b_) mark_bad(p);
        prev_digit = false;
        ++p;
        continue;
      }
      if (!std::isalnum(c)) break;
      int d = digit_value(c);
      if (d < b_) {
        if (!is_float) accumulate(d);
        ++count;
        prev_digit = true;
        ++p;
        continue;
      }
      if (b_ == 10 && (c == 'e' || c == 'E')) break;
      if (d < 10) { mark_bad(p); ++p; prev_digit = true; continue; }  // 0b102, 0o8
      break;  // a letter: reported by the glued-identifier check below
    }
    return count;
  };
  if (src_[p] == '0' && (at(p + 1) == 'x' || at(p + 1) == 'X' || at(p + 1) == 'o' || at(p + 1) == 'O' ||
                         at(p + 1) == 'b' || at(p + 1) == 'B')) {
    char k = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[p + 1])));
    base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    p += 2;
    if (digits(base, true) == 0) mark_bad(p);
  } else if (src_[p] == '.') {
    is_float = true;
    ++p;
    digits(10, false);
  } else {
    digits(10, false);
    if (at(p) == '.' && at(p + 1) != '.' && !is_id_start(static_cast<unsigned char>(at(p + 1)))) {
      is_float = true;
      ++p;
      if (std::isdigit(static_cast<unsigned char>(at(p)))) digits(10, false);
    }
  }
  if (base == 10 && (at(p) == 'e' || at(p) == 'E')) {
    std::size_t q = p + 1;
    if (at(q) == '+' || at(q) == '-') ++q;
    if (std::isdigit(static_cast<unsigned char>(at(q)))) {
      is_float = true;
      p = q;
      digits(10, false);
    } else {
      mark_bad(q);
      p = q;
    }
  }
  // letters/digits glued to the number: 123abc, 0x1g
  while (p < src_.size() && is_id_char(static_cast<unsigned char>(src_[p]))) { mark_bad(p); ++p; }
  Token& t = push(is_float ? Tok::Float : Tok::Int, b, p);
  if (bad) {
    std::size_t e = bad_at < p ? bad_at + 1 : bad_at;
    diags_.error(Code::InvalidNumber, span(bad_at, e), fmt::format("invalid number literal '{}'", t.text))
        .with_label(base == 10 ? "unexpected character in the number"
                               : fmt::format("not a base-{} digit, or a misplaced '_'", base));
  }
  if (is_float) {
    std::string clean;
    clean.reserve(p - b);
    for (char c : t.text) if (c != '_') clean += c;
    t.float_value = std::strtod(clean.c_str(), nullptr);
  } else {
    t.int_value = value;
    t.int_overflow = overflow;
  }
  pos_ = p;
}

}  // namespace

namespace lexer_detail {

std::string decode_escapes(std::string_view body, Span at, const SourceFile* file,
                           diag::DiagEngine* diags) {
  std::string out;
  out.reserve(body.size());
  auto err = [&](std::size_t i, std::size_t n, const std::string& what) {
    if (!diags || !file) return;
    Span s = span_at(*file, at.file, at.begin + static_cast<std::uint32_t>(i),
                     at.begin + static_cast<std::uint32_t>(i + n));
    diags->error(Code::InvalidEscape, s, fmt::format("invalid escape sequence '{}'", what))
        .with_label("here");
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') { out += c; continue; }
    if (i + 1 >= body.size()) { err(i, 1, "\\"); break; }
    char e = body[i + 1];
    switch (e) {
      case 'n': out += '\n'; ++i; break;
      case 't': out += '\t'; ++i; break;
      case 'r': out += '\r'; ++i; break;
      case '\\': out += '\\'; ++i; break;
      case '\'': out += '\''; ++i; break;
      case '"': out += '"'; ++i; break;
      case 'a': out += '\a'; ++i; break;
      case 'b': out += '\b'; ++i; break;
      case 'f': out += '\f'; ++i; break;
      case 'v': out += '\v'; ++i; break;
      case '\n': ++i; break;  // line continuation inside a string
      case '\r': ++i; if (i + 1 < body.size() && body[i + 1] == '\n') ++i; break;
      case 'x': case 'u': case 'U': {
        std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::uint32_t v = 0;
        std::size_t k = 0;
        for (; k < n && i + 2 + k < body.size(); ++k) {
          int d = digit_value(static_cast<unsigned char>(body[i + 2 + k]));
          if (d >= 16) break;
          v = v * 16 + static_cast<std::uint32_t>(d);
        }
        if (k != n || (e != 'x' && (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)))) {
          err(i, 2 + k, std::string(body.substr(i, 2 + k)));
        } else {
          append_utf8(out, v);  // Mojo: "\xe9" is the code point U+00E9 (2 UTF-8 bytes)
        }
        i += 1 + k;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          std::uint32_t v = 0;
          std::size_t k = 0;
          for (; k < 3 && i + 1 + k < body.size() && body[i + 1 + k] >= '0' && body[i + 1 + k] <= '7'; ++k)
            v = v * 8 + static_cast<std::uint32_t>(body[i + 1 + k] - '0');
          if (v > 0xFF) err(i, 1 + k, std::string(body.substr(i, 1 + k)));
          else append_utf8(out, v);  // a code point, like \x
          i += k;
        } else {
          std::size_t n = 2;
          if (static_cast<unsigned char>(e) >= 0x80) {
            std::size_t l = utf8_len(reinterpret_cast<const unsigned char*>(body.data() + i + 1),
                                     reinterpret_cast<const unsigned char*>(body.data() + body.size()));
            n = 1 + (l ? l : 1);
          }
          err(i, n, std::string(body.substr(i, n)));
          out.append(body.substr(i, n));
          i += n - 1;
        }
    }
  }
  return out;
}

}  // namespace lexer_detail

namespace {

void Lexer::string(std::size_t start, std::size_t q, bool raw, bool tstr) {
  char quote = src_[q];
  bool triple = at(q + 1) == quote && at(q + 2) == quote;
  std::size_t body_b = q + (triple ? 3 : 1);
  std::size_t p = body_b;
  std::uint32_t start_line = line_;
  std::size_t start_line_start = line_start_;
  Span start_span = span(start, start + 1);
  bool closed = false;
  std::size_t body_e = p;
  while (p < src_.size()) {
    char c = src_[p];
    if (c == '\\') {
      if (at(p + 1) == '\n') { newline_at(p + 1); p += 2; continue; }
      if (at(p + 1) == '\r') { p += at(p + 2) == '\n' ? 3 : 2; newline_at(p - 1); continue; }
      p += 2;
      continue;
    }
    if (c == quote) {
      if (!triple) { body_e = p; p += 1; closed = true; break; }
      if (at(p + 1) == quote && at(p + 2) == quote) { body_e = p; p += 3; closed = true; break; }
    }
    if (c == '\n' || c == '\r') {
      if (!triple) break;
      if (c == '\r' && at(p + 1) == '\n') ++p;
      newline_at(p);
    }
    ++p;
  }
  if (!closed) {
    body_e = std::min(p, src_.size());
    diags_.error(Code::UnterminatedString, start_span, "unterminated string literal")
        .with_label("string starts here");
  }
  if (p > src_.size()) p = src_.size();
  // the token spans from its first line
  Token t;
  t.kind = Tok::String;
  t.text = src_.substr(start, p - start);
  t.span = start_span;
  t.span.end = static_cast<std::uint32_t>(p);
  t.raw = raw;
  t.tstring = tstr;
  t.body_offset = static_cast<std::uint32_t>(body_b);
  std::string_view body = src_.substr(body_b, body_e - body_b);
  if (raw || tstr) {
    t.str = std::string(body);
  } else if (body.find('\\') == std::string_view::npos) {
    t.str = std::string(body);
  } else {
    Span at_body{id_, static_cast<std::uint32_t>(body_b), static_cast<std::uint32_t>(body_e), 0, 0};
    t.str = lexer_detail::decode_escapes(body, at_body, &f_, &diags_);
  }
  (void)start_line; (void)start_line_start;
  out_.push_back(std::move(t));
  pos_ = p;
}

void Lexer::identifier() {
  std::size_t b = pos_, p = pos_;
  const auto* base = reinterpret_cast<const unsigned char*>(src_.data());
  const auto* end = base + src_.size();
  while (p < src_.size()) {
    unsigned char c = base[p];
    if (c < 0x80) {
      if (!is_id_char(c)) break;
      ++p;
    } else {
      std::size_t n = utf8_len(base + p, end);
      if (n == 0) {
        diags_.error(Code::InvalidUtf8, span(p, p + 1), "invalid UTF-8 byte in identifier")
            .with_label("not UTF-8");
        n = 1;
      }
      p += n;
    }
  }
  std::string_view s = src_.substr(b, p - b);
  push(keyword_or_name(s), b, p);
  pos_ = p;
}

void Lexer::backtick() {
  std::size_t b = pos_, p = pos_ + 1;
  while (p < src_.size() && src_[p] != '`' && src_[p] != '\n') ++p;
  if (at(p) != '`') {
    diags_.error(Code::UnterminatedBacktick, span(b, p)).with_label("identifier starts here");
    Token& t = push(Tok::Name, b, p);
    t.str = std::string(src_.substr(b + 1, p - b - 1));
    pos_ = p;
    return;
  }
  Token& t = push(Tok::Name, b, p + 1);
  t.str = std::string(src_.substr(b + 1, p - b - 1));
  t.raw = true;  // marks a backtick identifier: name is in `str`
  pos_ = p + 1;
}

bool Lexer::op() {
  std::size_t p = pos_;
  char c = src_[p], c1 = at(p + 1), c2 = at(p + 2);
  Tok k;
  std::size_t n = 1;
  switch (c) {
    case '(': k = Tok::LParen; break;
    case ')': k = Tok::RParen; break;
    case '[': k = Tok::LBracket; break;
    case ']': k = Tok::RBracket; break;
    case '{': k = Tok::LBrace; break;
    case '}': k = Tok::RBrace; break;
    case ',': k = Tok::Comma; break;
    case ';': k = Tok::Semi; break;
    case '~': k = Tok::Tilde; break;
    case ':': if (c1 == '=') { k = Tok::Walrus; n = 2; } else k = Tok::Colon; break;
    case '.': if (c1 == '.' && c2 == '.') { k = Tok::Ellipsis; n = 3; } else k = Tok::Dot; break;
    case '=': if (c1 == '=') { k = Tok::EqEq; n = 2; } else k = Tok::Assign; break;
    case '!': if (c1 == '=') { k = Tok::NotEq; n = 2; } else return false; break;
    case '+': if (c1 == '=') { k = Tok::PlusEq; n = 2; } else k = Tok::Plus; break;
    case '-':
      if (c1 == '=') { k = Tok::MinusEq; n = 2; }
      else if (c1 == '>') { k = Tok::Arrow; n = 2; }
      else k = Tok::Minus;
      break;
    case '*':
      if (c1 == '*') { if (c2 == '=') { k = Tok::DoubleStarEq; n = 3; } else { k = Tok::DoubleStar; n = 2; } }
      else if (c1 == '=') { k = Tok::StarEq; n = 2; }
      else k = Tok::Star;
      break;
    case '/':
      if (c1 == '/') { if (c2 == '=') { k = Tok::DoubleSlashEq; n = 3; } else { k = Tok::DoubleSlash; n = 2; } }
      else if (c1 == '=') { k = Tok::SlashEq; n = 2; }
      else k = Tok::Slash;
      break;
    case '%': if (c1 == '=') { k = Tok::PercentEq; n = 2; } else k = Tok::Percent; break;
    case '@': if (c1 == '=') { k = Tok::AtEq; n = 2; } else k = Tok::At; break;
    case '&': if (c1 == '=') { k = Tok::AmpEq; n = 2; } else k = Tok::Amp; break;
    case '|': if (c1 == '=') { k = Tok::PipeEq; n = 2; } else k = Tok::Pipe; break;
    case '^': if (c1 == '=') { k = Tok::CaretEq; n = 2; } else k = Tok::Caret; break;
    case '<':
      if (c1 == '<') { if (c2 == '=') { k = Tok::ShlEq; n = 3; } else { k = Tok::Shl; n = 2; } }
      else if (c1 == '=') { k = Tok::Le; n = 2; }
      else k = Tok::Lt;
      break;
    case '>':
      if (c1 == '>') { if (c2 == '=') { k = Tok::ShrEq; n = 3; } else { k = Tok::Shr; n = 2; } }
      else if (c1 == '=') { k = Tok::Ge; n = 2; }
      else k = Tok::Gt;
      break;
    default: return false;
  }
  Token& t = push(k, p, p + n);
  pos_ = p + n;
  if (k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace) {
    brackets_.push_back({c, t.span, indents_.back()});
  } else if (k == Tok::RParen || k == Tok::RBracket || k == Tok::RBrace) {
    char open = k == Tok::RParen ? '(' : k == Tok::RBracket ? '[' : '{';
    auto it = std::find_if(brackets_.rbegin(), brackets_.rend(), [&](const Bracket& b) { return b.ch == open; });
    if (brackets_.empty() || it == brackets_.rend()) {
      diags_.error(Code::UnmatchedBracket, t.span, fmt::format("unmatched '{}'", c))
          .with_label("no matching opening bracket");
      out_.pop_back();
    } else {
      // close any inner brackets that were never closed
      while (brackets_.back().ch != open) {
        diags_.error(Code::UnclosedBracket, brackets_.back().span,
                     fmt::format("'{}' was never closed", brackets_.back().ch))
            .with_label("unclosed bracket");
        brackets_.pop_back();
      }
      brackets_.pop_back();
    }
  }
  return true;
}

// Inside brackets, at the start of a new physical line: if the line looks
// like the start of a new declaration at or left of the bracket's logical
// line, the bracket was surely never closed.  Close it (reporting E0107) so
// that the rest of the file lexes normally.
bool Lexer::implicit_close_brackets() {
  std::size_t p = pos_;
  std::uint32_t width = 0;
  for (; p < src_.size() && (src_[p] == ' ' || src_[p] == '\t'); ++p)
    width = src_[p] == ' ' ? width + 1 : (width / 8 + 1) * 8;
  if (p >= src_.size() || width > brackets_.front().indent) return false;
  std::size_t q = p;
  while (q < src_.size() && is_id_char(static_cast<unsigned char>(src_[q]))) ++q;
  std::string_view w = src_.substr(p, q - p);
  bool decl = (w == "def" || w == "fn" || w == "struct" || w == "trait" || w == "class") &&
              (at(q) == ' ' || at(q) == '\t');
  if (!decl && !(at(p) == '@' && is_id_start(static_cast<unsigned char>(at(p + 1))))) return false;
  for (auto& b : brackets_)
    diags_.error(Code::UnclosedBracket, b.span, fmt::format("'{}' was never closed", b.ch))
        .with_label("unclosed bracket");
  brackets_.clear();
  return true;
}

std::vector<Token> Lexer::run() {
  out_.reserve(src_.size() / 3 + 16);
  // UTF-8 BOM
  if (src_.size() >= 3 && src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
  bool at_line_start = true;
  for (;;) {
    if (at_line_start) {
      at_line_start = false;
      if (!line_start()) break;
    }
    if (pos_ >= src_.size()) break;
    unsigned char c = static_cast<unsigned char>(src_[pos_]);
    switch (c) {
      case ' ': case '\t': case '\f': ++pos_; continue;
      case '\r': case '\n': {
        std::size_t p = pos_;
        if (c == '\r' && at(p + 1) == '\n') ++p;
        if (brackets_.empty() && out_.size() >= 2 && continues_line(out_.back().kind) &&
            ends_operand(out_[out_.size() - 2].kind)) {
          // Mojo continues a line after a trailing binary operator.
          newline_at(p);
          pos_ = p + 1;
        } else if (brackets_.empty()) {
          if (!out_.empty() && out_.back().kind != Tok::Newline) push(Tok::Newline, pos_, pos_);
          newline_at(p);
          pos_ = p + 1;
          at_line_start = true;
        } else {
          newline_at(p);
          pos_ = p + 1;
          if (implicit_close_brackets()) {
            if (!out_.empty() && out_.back().kind != Tok::Newline) push(Tok::Newline, p, p);
            at_line_start = true;
          }
        }
        continue;
      }
      case '#':
        while (pos_ < src_.size() && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
        continue;
      case '\\': {
        std::size_t p = pos_ + 1;
        while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t')) ++p;
        if (at(p) == '\n' || at(p) == '\r') {
          if (at(p) == '\r' && at(p + 1) == '\n') ++p;
          newline_at(p);
          pos_ = p + 1;
        } else if (p >= src_.size()) {
          pos_ = p;
        } else {
          diags_.error(diag::Code::BadLineContinuation, span(pos_, pos_ + 1)).with_label("here");
          ++pos_;
        }
        continue;
      }
      case '`': backtick(); continue;
      case '"': case '\'': string(pos_, pos_, false, false); continue;
      default: break;
    }
    if (c >= '0' && c <= '9') { number(); continue; }
    if (c == '.' && std::isdigit(static_cast<unsigned char>(at(pos_ + 1)))) { number(); continue; }
    if (is_id_start(c)) {
      // string prefixes: r t b (and rt/tr/rb/br)
      std::size_t p = pos_;
      bool raw = false, tstr = false, bytes = false;
      std::size_t k = 0;
      for (; k < 2 && p + k < src_.size(); ++k) {
        char d = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[p + k])));
        if (d == 'r' && !raw) raw = true;
        else if (d == 't' && !tstr && !bytes) tstr = true;
        else if (d == 'b' && !bytes && !tstr) bytes = true;
        else break;
      }
      if (k > 0 && (at(p + k) == '"' || at(p + k) == '\'')) {
        string(p, p + k, raw, tstr);
        continue;
      }
      if (k > 1 && (at(p + 1) == '"' || at(p + 1) == '\'')) {
        // single prefix letter followed by quote was handled above; nothing here
      }
      identifier();
      continue;
    }
    if (op()) continue;
    // invalid character
    std::size_t n = 1;
    if (c >= 0x80) {
      n = utf8_len(reinterpret_cast<const unsigned char*>(src_.data() + pos_),
                   reinterpret_cast<const unsigned char*>(src_.data() + src_.size()));
      if (n == 0) {
        diags_.error(diag::Code::InvalidUtf8, span(pos_, pos_ + 1)).with_label("not UTF-8");
        ++pos_;
        continue;
      }
    }
    diags_.error(diag::Code::InvalidCharacter, span(pos_, pos_ + n),
                 fmt::format("invalid character '{}' in source", src_.substr(pos_, n)))
        .with_label("not valid here");
    pos_ += n;
  }
  for (auto& b : brackets_)
    diags_.error(diag::Code::UnclosedBracket, b.span, fmt::format("'{}' was never closed", b.ch))
        .with_label("unclosed bracket");
  brackets_.clear();
  std::size_t e = src_.size();
  if (!out_.empty() && out_.back().kind != Tok::Newline && out_.back().kind != Tok::Dedent &&
      out_.back().kind != Tok::Indent)
    push(Tok::Newline, e, e);
  // an INDENT right before EOF (e.g. a line that only had a continuation) is dropped
  while (indents_.size() > 1) {
    indents_.pop_back();
    push(Tok::Dedent, e, e);
  }
  push(Tok::End, e, e);
  return std::move(out_);
}

}  // namespace

std::vector<Token> lex(const SourceFile& file, std::uint32_t file_id, diag::DiagEngine& diags) {
  Lexer l(file, file_id, diags);
  return l.run();
}

std::string dump_tokens(const std::vector<Token>& toks) {
  std::string out;
  for (const auto& t : toks) {
    out += fmt::format("{}:{} {}", t.span.line, t.span.col, tok_name(t.kind));
    if (!t.text.empty()) {
      out += ' ';
      for (char c : t.text) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace mojoc
