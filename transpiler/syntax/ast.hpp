// The abstract syntax tree: what the parser produces, before any types.
//
// It covers the surface syntax of every Mojo edition.  Spellings that mean the
// same thing are normalized here (DESIGN.md §4): `let` is a `var`, `inout` is
// `mut`, `borrowed`/`read`/`imm` are Read, `owned`/`var` are Owned, `alias` is
// `comptime`, `@parameter if` is a comptime `if`, `@unroll`/`@parameter for`
// are a comptime `for`, `__del__` is `__deinit__`.  What the user actually
// wrote is kept only where an edition marker or a diagnostic needs it.
//
// The tree is independent of Boost.Spirit: nodes are plain structs, held
// through shared_ptr so that the X3 grammar can pass them around as
// attributes.  Nodes are immutable after parsing; sema builds a separate
// typed tree (sema/typed_tree.hpp) instead of annotating this one.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "syntax/source.hpp"

namespace mojoc::ast {

struct Expr;
struct Stmt;
using ExprPtr = std::shared_ptr<Expr>;
using StmtPtr = std::shared_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

// ---------------------------------------------------------------- operators

enum class BinOp {
  Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, MatMul,
  BitAnd, BitOr, BitXor, Shl, Shr,
  And, Or,  // short-circuit
};

enum class CmpOp { Lt, Le, Gt, Ge, Eq, Ne, Is, IsNot, In, NotIn };

enum class UnaryOp { Neg, Pos, Invert, Not };

const char* spelling(BinOp op);
const char* spelling(CmpOp op);
const char* spelling(UnaryOp op);

// ------------------------------------------------------------- expressions

enum class ExprKind {
  Name, IntLit, FloatLit, StringLit, BoolLit, NoneLit, Ellipsis,
  Unary, Binary, Compare, Conditional, Call, Attribute, Subscript, Slice,
  Tuple, ListLit, SetLit, DictLit, Comprehension, Lambda, Walrus, Transfer,
  Starred, FnType, RefType,
};

struct Expr {
  ExprKind kind;
  Span span;
  explicit Expr(ExprKind k, Span s = {}) : kind(k), span(s) {}
  virtual ~Expr() = default;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};

struct NameExpr : Expr {
  std::string name;  // backtick identifiers arrive without the backticks
  NameExpr() : Expr(ExprKind::Name) {}
};

struct IntLitExpr : Expr {
  std::string text;          // as written, e.g. "0xFF_FF"
  unsigned __int128 value = 0;  // exact magnitude (IntLiteral is arbitrary precision in Mojo)
  bool overflow = false;     // magnitude does not fit in 128 bits
  IntLitExpr() : Expr(ExprKind::IntLit) {}
};

struct FloatLitExpr : Expr {
  std::string text;
  double value = 0;
  FloatLitExpr() : Expr(ExprKind::FloatLit) {}
};

struct StringLitExpr : Expr {
  std::string value;         // decoded bytes; adjacent literals already joined
  bool is_template = false;  // t"..." (interpolation parts live in `parts`)
  // For t-strings: alternating literal text and `{expr}` fields.
  std::vector<std::string> literal_parts;
  std::vector<ExprPtr> fields;
  StringLitExpr() : Expr(ExprKind::StringLit) {}
};

struct BoolLitExpr : Expr {
  bool value = false;
  BoolLitExpr() : Expr(ExprKind::BoolLit) {}
};

struct NoneLitExpr : Expr { NoneLitExpr() : Expr(ExprKind::NoneLit) {} };
struct EllipsisExpr : Expr { EllipsisExpr() : Expr(ExprKind::Ellipsis) {} };

struct UnaryExpr : Expr {
  UnaryOp op{};
  ExprPtr operand;
  UnaryExpr() : Expr(ExprKind::Unary) {}
};

struct BinaryExpr : Expr {
  BinOp op{};
  ExprPtr lhs, rhs;
  Span op_span;
  BinaryExpr() : Expr(ExprKind::Binary) {}
};

// a < b <= c keeps every operand once: operands.size() == ops.size() + 1.
struct CompareExpr : Expr {
  std::vector<ExprPtr> operands;
  std::vector<CmpOp> ops;
  std::vector<Span> op_spans;
  CompareExpr() : Expr(ExprKind::Compare) {}
};

// `then if cond else otherwise`
struct ConditionalExpr : Expr {
  ExprPtr cond, then, otherwise;
  ConditionalExpr() : Expr(ExprKind::Conditional) {}
};

struct Argument {
  Span span;
  std::string keyword;  // empty for positional
  ExprPtr value;
  enum class Star { None, Single, Double } star = Star::None;  // f(*xs), f(**kw)
};

struct CallExpr : Expr {
  ExprPtr callee;
  std::vector<Argument> args;
  CallExpr() : Expr(ExprKind::Call) {}
};

struct AttributeExpr : Expr {
  ExprPtr object;
  std::string name;
  Span name_span;
  AttributeExpr() : Expr(ExprKind::Attribute) {}
};

// x[i], x[i, j], f[T, n=4], x[1:2].  Whether brackets index a value or bind
// compile-time parameters is decided by sema, not by the parser.
struct SubscriptExpr : Expr {
  ExprPtr object;
  std::vector<Argument> indices;  // keyword indices are parameter bindings
  SubscriptExpr() : Expr(ExprKind::Subscript) {}
};

struct SliceExpr : Expr {
  ExprPtr lower, upper, step;  // any may be null
  SliceExpr() : Expr(ExprKind::Slice) {}
};

struct TupleExpr : Expr {
  std::vector<ExprPtr> elements;
  bool parenthesized = false;
  TupleExpr() : Expr(ExprKind::Tuple) {}
};

struct ListLitExpr : Expr {
  std::vector<ExprPtr> elements;
  ListLitExpr() : Expr(ExprKind::ListLit) {}
};

struct SetLitExpr : Expr {
  std::vector<ExprPtr> elements;
  SetLitExpr() : Expr(ExprKind::SetLit) {}
};

struct DictLitExpr : Expr {
  std::vector<ExprPtr> keys, values;
  DictLitExpr() : Expr(ExprKind::DictLit) {}
};

struct CompFor {
  ExprPtr target;  // a name or tuple of names
  ExprPtr iter;
  std::vector<ExprPtr> conditions;  // trailing `if`s
};

struct ComprehensionExpr : Expr {
  enum class Kind { List, Set, Dict, Generator } comp = Kind::List;
  ExprPtr element;  // for Dict: the key
  ExprPtr value;    // for Dict only
  std::vector<CompFor> clauses;
  ComprehensionExpr() : Expr(ExprKind::Comprehension) {}
};

struct Param;

// Argument conventions after normalization (DESIGN.md §4).
enum class Convention {
  Default,  // not written: read for fn/def args in modern Mojo
  Read,     // read / borrowed / imm
  Mut,      // mut / inout
  Owned,    // var / owned
  Out,      // out
  Ref,      // ref [origin]
  Deinit,   // deinit
};

// A capture list entry of a 1.x closure: `def f() {mut a, b^, read}`.
struct Capture {
  Span span;
  std::string name;  // empty for a bare default (`{read}`)
  Convention convention = Convention::Default;
  std::string spelling;   // the convention word as written (`read` was removed in 1.2)
  bool transfer = false;  // b^
};

// lambda x, y: x + y   and the typed 1.x form  lambda (x: Int) {var n} -> Int: x + n
struct LambdaExpr : Expr {
  std::vector<Param> params;
  std::vector<Capture> captures;
  bool has_capture_list = false;
  ExprPtr result_type;  // may be null
  ExprPtr body;
  LambdaExpr() : Expr(ExprKind::Lambda) {}
};

struct WalrusExpr : Expr {
  std::string name;
  Span name_span;
  ExprPtr value;
  WalrusExpr() : Expr(ExprKind::Walrus) {}
};

// x^ : ends x's lifetime and moves its value.
struct TransferExpr : Expr {
  ExprPtr operand;
  TransferExpr() : Expr(ExprKind::Transfer) {}
};

// *x in a tuple/list display or a variadic pack type `*Ts`.
struct StarredExpr : Expr {
  ExprPtr operand;
  bool double_star = false;
  StarredExpr() : Expr(ExprKind::Starred) {}
};

// A function type in type position: `fn (Int) capturing -> Int`,
// `def (Int) raises -> Int`.
struct FnTypeExpr : Expr {
  std::vector<Param> params;
  ExprPtr result;
  bool raises = false;
  bool capturing = false;
  bool escaping = false;
  bool thin = false;  // `def(Int) thin -> Int`: a plain function pointer
  FnTypeExpr() : Expr(ExprKind::FnType) {}
};

// `ref [origin] T` in a result or binding position.
struct RefTypeExpr : Expr {
  std::vector<ExprPtr> origins;  // contents of the [...] after ref; may be empty
  ExprPtr type;
  RefTypeExpr() : Expr(ExprKind::RefType) {}
};

// --------------------------------------------------------------- signatures


struct Param {
  Span span;
  std::string name;
  Convention convention = Convention::Default;
  std::string convention_spelling;  // what the user wrote ("inout", "owned", ...)
  std::vector<ExprPtr> ref_origins; // ref [a, b] x: T
  ExprPtr type;                     // may be null (untyped def args, lambdas)
  ExprPtr default_value;            // may be null
  enum class Kind {
    Normal,
    VarPositional,  // *args
    VarKeyword,     // **kwargs
    KwOnlyMarker,   // bare *
    PosOnlyMarker,  // bare /
    InferOnlyMarker // bare // in a compile-time parameter list
  } kind = Kind::Normal;
};


struct Decorator {
  Span span;
  ExprPtr expr;  // Name("value"), Call(Name("register_passable"), ...), ...
  // Convenience: the decorator's head name ("parameter", "always_inline", ...).
  std::string name;
};

// ---------------------------------------------------------------- statements

enum class StmtKind {
  Expr, Var, Assign, AugAssign, Pass, Break, Continue, Return, Raise,
  If, While, For, Try, With, Function, Struct, Trait, Comptime, Import,
  FromImport, Assert, Del,
};

struct Stmt {
  StmtKind kind;
  Span span;
  explicit Stmt(StmtKind k, Span s = {}) : kind(k), span(s) {}
  virtual ~Stmt() = default;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};

struct ExprStmt : Stmt {
  ExprPtr expr;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

// var x: T = v / let x = v / var (a, b) = t / ref r = x / x: Int = 3 (implicit)
struct VarStmt : Stmt {
  ExprPtr target;         // Name or Tuple of Names
  ExprPtr type;           // may be null
  ExprPtr value;          // may be null
  enum class Form { Var, Let, Ref, Implicit } form = Form::Var;
  VarStmt() : Stmt(StmtKind::Var) {}
};

// a = b = value  (targets in source order)
struct AssignStmt : Stmt {
  std::vector<ExprPtr> targets;
  ExprPtr value;
  AssignStmt() : Stmt(StmtKind::Assign) {}
};

struct AugAssignStmt : Stmt {
  ExprPtr target;
  BinOp op{};
  ExprPtr value;
  AugAssignStmt() : Stmt(StmtKind::AugAssign) {}
};

struct PassStmt : Stmt { PassStmt() : Stmt(StmtKind::Pass) {} };
struct BreakStmt : Stmt { BreakStmt() : Stmt(StmtKind::Break) {} };
struct ContinueStmt : Stmt { ContinueStmt() : Stmt(StmtKind::Continue) {} };

struct ReturnStmt : Stmt {
  ExprPtr value;  // may be null
  ReturnStmt() : Stmt(StmtKind::Return) {}
};

struct RaiseStmt : Stmt {
  ExprPtr value;  // null: re-raise the error being handled
  RaiseStmt() : Stmt(StmtKind::Raise) {}
};

// if / elif / else; an elif chain is nested Ifs in `orelse`.
struct IfStmt : Stmt {
  ExprPtr cond;
  Block then;
  Block orelse;
  bool comptime = false;   // `@parameter if` or `comptime if`
  bool is_elif = false;    // this If was written as `elif` (for emit readability)
  IfStmt() : Stmt(StmtKind::If) {}
};

struct WhileStmt : Stmt {
  ExprPtr cond;
  Block body;
  Block orelse;
  WhileStmt() : Stmt(StmtKind::While) {}
};

struct ForStmt : Stmt {
  ExprPtr target;   // Name or Tuple
  enum class Binding { Default, Ref, Var } binding = Binding::Default;  // for ref x in / for var x in
  ExprPtr iter;
  Block body;
  Block orelse;
  bool comptime = false;  // `@parameter for`, `comptime for`, `@unroll`
  std::optional<int> unroll_factor;  // @unroll(n)
  ForStmt() : Stmt(StmtKind::For) {}
};

struct ExceptClause {
  Span span;
  ExprPtr type;      // may be null (bare except / `except e:` in Mojo binds the Error)
  std::string name;  // `except e:` or `except T as e:`; may be empty
  Block body;
};

struct TryStmt : Stmt {
  Block body;
  std::vector<ExceptClause> handlers;
  Block orelse;
  Block finalbody;
  TryStmt() : Stmt(StmtKind::Try) {}
};

struct WithItem {
  ExprPtr context;
  ExprPtr target;  // may be null
};

struct WithStmt : Stmt {
  std::vector<WithItem> items;
  Block body;
  WithStmt() : Stmt(StmtKind::With) {}
};

struct FunctionDef : Stmt {
  std::vector<Decorator> decorators;
  bool is_fn = false;            // written with `fn` (a legacy edition marker)
  std::string name;
  Span name_span;
  std::vector<Param> params;     // compile-time parameters [...]
  bool has_param_list = false;
  std::vector<Param> args;       // run-time arguments (...)
  std::vector<Capture> captures; // 1.x capture list {…}
  bool has_capture_list = false;
  ExprPtr result;                // may be null; a RefTypeExpr for `-> ref [o] T`
  std::string result_name;       // `-> (out r: T)` style named result, if any
  bool raises = false;
  ExprPtr raises_type;           // `raises MyError`; may be null
  bool capturing = false;        // `capturing` effect
  bool escaping = false;
  ExprPtr where_clause;          // may be null
  Block body;                    // `...` body of a trait requirement is one ExprStmt(Ellipsis)
  std::string docstring;
  FunctionDef() : Stmt(StmtKind::Function) {}
};

struct StructDef : Stmt {
  std::vector<Decorator> decorators;
  std::string name;
  Span name_span;
  std::vector<Param> params;
  bool has_param_list = false;
  std::vector<ExprPtr> traits;   // struct S(Copyable, Movable)
  ExprPtr where_clause;
  Block body;
  std::string docstring;
  StructDef() : Stmt(StmtKind::Struct) {}
};

struct TraitDef : Stmt {
  std::vector<Decorator> decorators;
  std::string name;
  Span name_span;
  std::vector<Param> params;
  std::vector<ExprPtr> bases;
  Block body;
  std::string docstring;
  TraitDef() : Stmt(StmtKind::Trait) {}
};

// comptime N = 10 / alias N: Int = 10 / comptime Pair[T: AnyType] = Tuple[T, T]
// Also `comptime assert cond, "msg"` is an AssertStmt with comptime=true.
struct ComptimeStmt : Stmt {
  std::string name;
  Span name_span;
  std::vector<Param> params;
  ExprPtr type;   // may be null
  ExprPtr value;  // may be null for a trait's associated declaration
  bool was_alias = false;  // spelled `alias` (a legacy marker)
  ComptimeStmt() : Stmt(StmtKind::Comptime) {}
};

struct ImportName {
  Span span;
  std::string name;    // may be "*"
  std::string alias;   // may be empty
};

// import a.b.c as d
struct ImportStmt : Stmt {
  std::vector<std::string> module;  // dotted path components
  std::string alias;
  int relative_level = 0;           // leading dots
  ImportStmt() : Stmt(StmtKind::Import) {}
};

// from a.b import x, y as z / from . import m
struct FromImportStmt : Stmt {
  std::vector<std::string> module;
  int relative_level = 0;
  std::vector<ImportName> names;
  FromImportStmt() : Stmt(StmtKind::FromImport) {}
};

struct AssertStmt : Stmt {
  ExprPtr cond;
  ExprPtr message;  // may be null
  bool comptime = false;
  AssertStmt() : Stmt(StmtKind::Assert) {}
};

struct DelStmt : Stmt {
  std::vector<ExprPtr> targets;
  DelStmt() : Stmt(StmtKind::Del) {}
};

// ---------------------------------------------------------------- modules

// Spellings seen while parsing, from which the edition is guessed
// (DESIGN.md §4).  The parser only records; sema/edition.cpp decides.
struct EditionMarkers {
  // legacy
  bool let = false, inout = false, value_decorator = false, fn = false,
       borrowed = false, owned = false, alias = false, parameter_decorator = false;
  // modern
  bool comptime = false, std_import = false, capture_list = false,
       fieldwise_init = false, deinit = false;
};

struct Module {
  std::uint32_t file = 0;
  std::string name;  // module name derived from the file name
  Block body;
  std::string docstring;
  EditionMarkers markers;
};

}  // namespace mojoc::ast
