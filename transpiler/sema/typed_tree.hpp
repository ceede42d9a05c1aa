// The typed tree (tir): sema's output and the emitter's only input.
//
// Invariants (emit relies on them and never re-derives anything):
//  * every Expr has a concrete, run-time `type` (literal types only survive
//    inside constant folding; a Const that reaches emit has a run-time type);
//  * every conversion is an explicit Convert node;
//  * every Call names the exact resolved overload and carries a complete
//    argument list in parameter order (defaults already filled in);
//  * every name is resolved: LocalRef → Local, GlobalRef → Global,
//    Call → Function (possibly in another Module);
//  * raising is explicit: a Call whose callee raises has `raises` set, and
//    sema has checked that the context can propagate or catch it.
//
// Room to grow without redesign (issue 3 and later): ownership adds Expr kinds
// Copy/Move and a Stmt kind Destroy plus `last_use` marks on LocalRef; structs
// add TypeKind::Struct with a StructDecl, FieldRef and MethodCall (a Call with
// a receiver); generics add TypeKind::Param and a Function::params list.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sema/types.hpp"
#include "syntax/ast.hpp"
#include "syntax/source.hpp"

namespace mojoc::tir {

using sema::Type;
using sema::TypeKind;

struct Function;
struct Global;
struct Module;

// ------------------------------------------------------------- declarations

// A local variable or parameter of one function.
struct Local {
  std::string name;     // as written in Mojo
  Type type = nullptr;
  Span span;
  int id = 0;           // unique within its function (emit uses it to de-duplicate shadowed names)
  bool is_param = false;
  ast::Convention convention = ast::Convention::Default;  // params only
  bool is_mutable = true;     // false for read-only params
  bool is_error_binding = false;  // `except e:`
};

// A compile-time constant (`comptime`/`alias`), module-level or local.
struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

struct Global {
  std::string name;
  Type type = nullptr;      // run-time type it is stored as (literals materialized)
  ExprPtr value;            // a Const
  Span span;
  Module* module = nullptr; // null for a function-local constant
};

// ------------------------------------------------------------- expressions

enum class ExprKind {
  IntConst, FloatConst, BoolConst, StringConst,
  LocalRef, GlobalRef,
  Call,         // user function
  Op,           // builtin operator / intrinsic on scalars and strings
  Convert,      // explicit or implicit conversion
  Conditional,  // c ? a : b
  CompareChain, // a < b < c, each operand once, short-circuit
  Print,
};

struct Expr {
  ExprKind kind;
  Type type = nullptr;
  Span span;
  Expr(ExprKind k, Type t, Span s) : kind(k), type(t), span(s) {}
  virtual ~Expr() = default;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};

// Constants carry the exact value.  `origin` is set when the value came from
// a named compile-time constant, so emit can print the name.
struct IntConst : Expr {
  __int128 value = 0;
  const Global* origin = nullptr;
  IntConst(Type t, Span s, __int128 v) : Expr(ExprKind::IntConst, t, s), value(v) {}
};
struct FloatConst : Expr {
  long double value = 0;
  const Global* origin = nullptr;
  FloatConst(Type t, Span s, long double v) : Expr(ExprKind::FloatConst, t, s), value(v) {}
};
struct BoolConst : Expr {
  bool value = false;
  const Global* origin = nullptr;
  BoolConst(Span s, bool v) : Expr(ExprKind::BoolConst, sema::types::bool_(), s), value(v) {}
};
struct StringConst : Expr {  // type StringLiteral or String
  std::string value;
  const Global* origin = nullptr;
  StringConst(Type t, Span s, std::string v) : Expr(ExprKind::StringConst, t, s), value(std::move(v)) {}
};

struct LocalRef : Expr {
  const Local* local;
  LocalRef(const Local* l, Span s) : Expr(ExprKind::LocalRef, l->type, s), local(l) {}
};
struct GlobalRef : Expr {
  const Global* global;
  GlobalRef(const Global* g, Span s) : Expr(ExprKind::GlobalRef, g->type, s), global(g) {}
};

struct Call : Expr {
  const Function* callee;
  std::vector<ExprPtr> args;  // one per parameter, converted to the parameter's type
  bool raises = false;        // callee raises: emit must propagate or route to the handler
  Call(const Function* f, Type t, Span s) : Expr(ExprKind::Call, t, s), callee(f) {}
};

enum class OpKind {
  // arithmetic (operands have the same run-time numeric type = result type)
  Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow,
  BitAnd, BitOr, BitXor, Shl, Shr,
  Neg, Pos, Invert,
  // logic (Bool)
  Not, And, Or,
  // comparison (operands same type; result Bool)
  Eq, Ne, Lt, Le, Gt, Ge,
  // strings
  Concat,       // String + String → String
  ByteLength,   // s.byte_length() → Int
  // builtin functions
  Abs, Min, Max,
  ErrorNew,     // Error(msg: String) or Error()
  // std.math on floats (emit: std::sqrt, ...)
  Sqrt, Floor, Ceil, Trunc, Exp, Log, Sin, Cos, Tan,
  Round,          // round(x): ties to even (emit: std::nearbyint)
  RoundHalfAway,  // round(x) in editions up to 24.x (emit: std::round)
};

struct Op : Expr {
  OpKind op;
  std::vector<ExprPtr> operands;
  Op(OpKind o, Type t, Span s, std::vector<ExprPtr> xs)
      : Expr(ExprKind::Op, t, s), op(o), operands(std::move(xs)) {}
};

enum class ConvertKind {
  Numeric,       // between integer/float/bool types (Int(x), Float64(x), Int8(x), Bool(x))
  ToString,      // String(x)
  LiteralString, // StringLiteral → String (implicit)
  ErrorToString, // String(e)
};

struct Convert : Expr {
  ConvertKind conv;
  ExprPtr operand;
  bool is_explicit = false;  // written by the user
  Convert(ConvertKind c, Type to, Span s, ExprPtr x)
      : Expr(ExprKind::Convert, to, s), conv(c), operand(std::move(x)) {}
};

struct Conditional : Expr {
  ExprPtr cond, then, otherwise;
  Conditional(Type t, Span s, ExprPtr c, ExprPtr a, ExprPtr b)
      : Expr(ExprKind::Conditional, t, s), cond(std::move(c)), then(std::move(a)), otherwise(std::move(b)) {}
};

// operands[i] ops[i] operands[i+1]; operands[i] and operands[i+1] have the same type.
struct CompareChain : Expr {
  std::vector<ExprPtr> operands;
  std::vector<OpKind> ops;  // Eq..Ge
  CompareChain(Span s) : Expr(ExprKind::CompareChain, sema::types::bool_(), s) {}
};

struct Print : Expr {
  std::vector<ExprPtr> values;   // any printable run-time type
  ExprPtr sep, end, flush;       // may be null (defaults " ", "\n", False)
  Print(Span s) : Expr(ExprKind::Print, sema::types::none(), s) {}
};

// Whether evaluating e can do anything observable: a call (which may print,
// raise or change a `mut` argument) or a print. Everything else is pure.
inline bool has_effects(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call: case ExprKind::Print:
      return true;
    case ExprKind::Op:
      for (auto& x : e.as<Op>().operands)
        if (has_effects(*x)) return true;
      return false;
    case ExprKind::Convert: return has_effects(*e.as<Convert>().operand);
    case ExprKind::Conditional: {
      auto& c = e.as<Conditional>();
      return has_effects(*c.cond) || has_effects(*c.then) || has_effects(*c.otherwise);
    }
    case ExprKind::CompareChain:
      for (auto& x : e.as<CompareChain>().operands)
        if (has_effects(*x)) return true;
      return false;
    default:
      return false;
  }
}

// -------------------------------------------------------------- statements

enum class StmtKind {
  Expr, VarDecl, Assign, If, While, ForRange, Break, Continue, Return, Raise,
  Try, ConstDecl,
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Stmt {
  StmtKind kind;
  Span span;
  Stmt(StmtKind k, Span s) : kind(k), span(s) {}
  virtual ~Stmt() = default;
  template <class T> const T& as() const { return static_cast<const T&>(*this); }
  template <class T> T& as() { return static_cast<T&>(*this); }
};

struct ExprStmt : Stmt {
  ExprPtr expr;
  ExprStmt(Span s, ExprPtr e) : Stmt(StmtKind::Expr, s), expr(std::move(e)) {}
};

// var x: T = init   (init may be null: declared, assigned later)
struct VarDecl : Stmt {
  const Local* local;
  ExprPtr init;
  VarDecl(Span s, const Local* l, ExprPtr i) : Stmt(StmtKind::VarDecl, s), local(l), init(std::move(i)) {}
};

// target = value; target is a LocalRef (later: field/element lvalues)
struct Assign : Stmt {
  ExprPtr target, value;
  Assign(Span s, ExprPtr t, ExprPtr v) : Stmt(StmtKind::Assign, s), target(std::move(t)), value(std::move(v)) {}
};

struct If : Stmt {
  ExprPtr cond;
  Block then, orelse;
  bool else_is_elif = false;  // orelse is a single If written as elif
  If(Span s) : Stmt(StmtKind::If, s) {}
};

struct While : Stmt {
  ExprPtr cond;
  Block body, orelse;
  While(Span s) : Stmt(StmtKind::While, s) {}
};

// for var in range(start, stop, step)
struct ForRange : Stmt {
  const Local* var;
  ExprPtr start, stop, step;  // Int; step may be null (1)
  Block body, orelse;
  ForRange(Span s) : Stmt(StmtKind::ForRange, s) {}
};

struct Break : Stmt { Break(Span s) : Stmt(StmtKind::Break, s) {} };
struct Continue : Stmt { Continue(Span s) : Stmt(StmtKind::Continue, s) {} };

struct Return : Stmt {
  ExprPtr value;  // may be null
  Return(Span s, ExprPtr v) : Stmt(StmtKind::Return, s), value(std::move(v)) {}
};

// raise value (an Error) / raise (re-raise `reraise`, the Error being handled)
struct Raise : Stmt {
  ExprPtr value;
  const Local* reraise = nullptr;
  Raise(Span s) : Stmt(StmtKind::Raise, s) {}
};

struct Try : Stmt {
  Block body;
  bool has_handler = false;
  const Local* error = nullptr;  // the caught Error (named by the user or hidden)
  Block handler;
  Block orelse;
  Block finalbody;
  Try(Span s) : Stmt(StmtKind::Try, s) {}
};

// A function-local comptime constant.
struct ConstDecl : Stmt {
  const Global* constant;
  ConstDecl(Span s, const Global* g) : Stmt(StmtKind::ConstDecl, s), constant(g) {}
};

// ---------------------------------------------------------------- top level

struct Function {
  std::string name;
  Span span;
  Module* module = nullptr;
  std::vector<Local*> params;
  std::vector<ExprPtr> defaults;  // parallel to params; null when required
  std::vector<bool> keyword_only;
  Type result = nullptr;          // NoneType for no result
  bool raises = false;
  bool is_main = false;
  bool overloaded = false;        // several Mojo functions share this name in the module
  std::vector<std::unique_ptr<Local>> locals;  // owns params and locals
  std::vector<std::unique_ptr<Global>> local_constants;
  Block body;
  bool body_checked = false;
};

struct Module {
  std::string name;         // Mojo module name; also the C++ namespace
  std::string path;
  std::uint32_t file = 0;
  std::vector<std::unique_ptr<Function>> functions;   // source order
  std::vector<std::unique_ptr<Global>> globals;       // source order
  std::vector<const Module*> imports;
};

struct Program {
  std::vector<std::unique_ptr<Module>> modules;  // dependencies first; the root last
  Module* root = nullptr;
  bool legacy_float_format = false;  // edition ≤ 24.5: floats print %.17g
};

}  // namespace mojoc::tir
