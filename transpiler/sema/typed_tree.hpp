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
// Ownership is explicit too (DESIGN.md §2):
//  * a Mojo copy is a Copy node, a transfer (`x^`, or a last use that Mojo
//    moves) a Move node; a value that is merely read is a bare reference;
//  * every destruction is a Destroy statement, placed by sema/lifetimes.cpp at
//    the value's last use (ASAP destruction); emit adds none of its own.
// Structs are TypeKind::Struct types pointing at a tir::Struct; a method is a
// Function with an `owner`, and a call to it a Call whose first argument is
// the receiver (absent for static methods and constructors).
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
struct Struct;
struct Trait;

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
  bool is_temporary = false;      // a hidden local holding a temporary until its destruction
  const Local* ref_root = nullptr;  // `ref r = x.f`: r aliases a place inside this local (never owned)
  bool is_ref = false;
  // Inside a closure: the closure's view of a captured outer local (same
  // name; emit leaves it to the C++ lambda's capture).
  const Local* captured = nullptr;
  bool by_copy = false;   // captured by value (`var x`, `@__copy_capture`)
  bool is_variadic = false;  // `*values: T`: takes every remaining positional argument
  bool is_kwargs = false;    // `var **opts: T`: takes every keyword argument no parameter names
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
  bool inline_value = false;  // a parameter's binding in an instance: emit prints the value, not the name
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
  FieldRef,     // object.field
  Copy,         // a Mojo copy of an lvalue (copy constructor)
  Move,         // a Mojo move out of an lvalue (`x^`; move constructor)
  TempRef,      // a temporary bound to a hidden local until its destruction
  WriteTo,      // String(x)/print(x) of a Writable/Stringable struct
  Then,         // a value, then some destructions (a value's last use inside an expression)
  Deref,        // p[i]: the element a pointer points at (a place)
  ParamRef,     // a compile-time value parameter inside generic code (never emitted)
  Closure,      // a nested def or lambda: the closure object (C++: a lambda expression)
  FuncRef,      // a top-level function used as a value (C++: its address)
  VariadicPack, // the arguments a `*values: T` parameter receives (C++: mojo::Variadic<T>{...})
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

// `n` inside `def f[n: Int]()` while f is checked generically: a value not
// known until f is instantiated.  Only generic bodies contain it, and those
// are never emitted (each instance binds n to a constant).
struct ParamRef : Expr {
  std::string name;
  ParamRef(Type t, Span s, std::string n) : Expr(ExprKind::ParamRef, t, s), name(std::move(n)) {}
};

// The value of one compile-time parameter of an instance: a type, or a
// constant (IntConst/BoolConst/FloatConst/StringConst), or a function.
struct ParamValue {
  Type type = nullptr;
  ExprPtr value;
  const Function* function = nullptr;
  // a closure bound to a function parameter: the value the call passes along
  // (the instance reaches it as a hidden argument; not part of the binding's key)
  ExprPtr carrier;
  // a variadic parameter (`*Ts: Writable`, `*values: Int`): the bound list
  bool is_pack = false;
  std::vector<ParamValue> pack;
  static ParamValue of_type(Type t) {
    ParamValue v;
    v.type = t;
    return v;
  }
  static ParamValue of_value(ExprPtr x) {
    ParamValue v;
    v.value = std::move(x);
    return v;
  }
};

// A closure value: its function (body checked) and, for the locals it
// captures by value, the copy or move taken where it is defined.
struct CaptureInit {
  const Local* inner;  // the closure's view
  ExprPtr init;        // Copy/Move of the outer local
};
struct ClosureExpr : Expr {
  const Function* fn;
  std::vector<CaptureInit> copies;
  // a closure with compile-time parameters (`def body[width: Int](i: Int)`):
  // fn is generic and never emitted; each instance is its own lambda, held
  // by its own local, declared where the closure is (check_closure_params.cpp)
  std::vector<std::pair<const Local*, std::shared_ptr<ClosureExpr>>> instances;
  ClosureExpr(Type t, Span s, const Function* f) : Expr(ExprKind::Closure, t, s), fn(f) {}
};
struct VariadicPack : Expr {
  std::vector<ExprPtr> elements;  // each passed by the parameter's convention
  std::vector<std::string> keys;  // `**opts`: the keywords, parallel to elements
  VariadicPack(Type t, Span s) : Expr(ExprKind::VariadicPack, t, s) {}
};
struct FuncRef : Expr {
  const Function* fn;
  FuncRef(Type t, Span s, const Function* f) : Expr(ExprKind::FuncRef, t, s), fn(f) {}
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
  const Function* callee;     // for a call through a value: the signature (a closure, or a function type's)
  ExprPtr callee_value;       // a closure / function value being called (null: a direct call)
  std::vector<ExprPtr> args;  // one per parameter, converted to the parameter's type
  bool raises = false;        // callee raises: emit must propagate or route to the handler
  std::vector<Type> type_args;  // a generic callee's type parameters, as bound at this call
  // Destroys to run when the call raises and the error leaves this function
  // (or the try body it is in): the values alive at the call die first.
  std::vector<std::shared_ptr<struct Stmt>> on_error;
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
  NoneValue,    // `None` passed as a value (to a NoneType parameter): mojo::None
  VariadicLen,  // len(values) of a `*values` parameter (and of `**opts`)
  EntryKey,     // item.key of an `opts.items()` entry
  EntryValue,   // item.value
  // builtin functions
  Abs, Min, Max,
  ErrorNew,     // Error(msg: String) or Error()
  WriterWrite,  // writer.write(a, b, ...): operands [writer, a, b, ...]
  Repr,         // repr(x): operands [x] (a struct's write_repr_to, or the builtin form: Int(7), 'text')
  PtrAlloc,     // alloc[T](n): operands [n]; uninitialized memory for n elements
  PtrFree,      // p.free(): operands [p]
  PtrOffset,    // p + i: operands [p, i]
  // std.math on floats (emit: std::sqrt, ...)
  Sqrt, Floor, Ceil, Trunc, Exp, Log, Sin, Cos, Tan,
  Round,          // round(x): ties to even (emit: std::nearbyint)
  RoundHalfAway,  // round(x) in editions up to 24.x (emit: std::round)
  // a runtime function called with the operands: `Op::callee(operands...)`
  // (SIMD methods, pointer loads and stores, the algorithm module)
  Intrinsic,
};

// A comparison operator applied to two constants (constant folding and the
// compile-time interpreter share it).
template <class T>
bool compare(OpKind op, const T& a, const T& b) {
  switch (op) {
    case OpKind::Eq: return a == b;
    case OpKind::Ne: return a != b;
    case OpKind::Lt: return a < b;
    case OpKind::Le: return a <= b;
    case OpKind::Gt: return a > b;
    default: return a >= b;
  }
}

struct Op : Expr {
  OpKind op;
  std::vector<ExprPtr> operands;
  std::string callee;  // Intrinsic: the C++ function, template arguments included
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

struct Field {
  std::string name;
  Type type = nullptr;
  Span span;
};

struct FieldRef : Expr {
  ExprPtr object;
  int index = 0;
  FieldRef(Type t, Span s, ExprPtr o, int i) : Expr(ExprKind::FieldRef, t, s), object(std::move(o)), index(i) {}
};

// Copy(x): a new value copied from the lvalue x.  Move(x): x's value moved
// out; x is dead afterwards (sema made sure it is not used again).
struct Copy : Expr {
  ExprPtr operand;
  bool to_argument = false;  // passed to an owned (`var`) argument
  bool is_explicit = false;  // `x.copy()`: always a copy, even at x's last use
  Copy(Span s, ExprPtr x) : Expr(ExprKind::Copy, x->type, s), operand(std::move(x)) {}
};
struct Move : Expr {
  ExprPtr operand;
  // Handed straight to an owned (`var`) argument: the callee takes the value
  // itself and no move constructor runs (Mojo elides it there).
  bool elide = false;
  Move(Span s, ExprPtr x) : Expr(ExprKind::Move, x->type, s), operand(std::move(x)) {}
};

// A temporary with a destructor, bound to the hidden local `temp` so that
// sema can destroy it right after its last use: emit evaluates `init` into
// `temp` where the TempRef stands and reads `temp`.
struct TempRef : Expr {
  const Local* temp;
  ExprPtr init;
  TempRef(Span s, const Local* t, ExprPtr i) : Expr(ExprKind::TempRef, i->type, s), temp(t), init(std::move(i)) {}
};

// The text of a struct value: calls its write_to (Writable) or __str__
// (Stringable) method.  As an operand of print it writes to stdout; as an
// expression it is String(x).
struct WriteTo : Expr {
  ExprPtr value;
  const Function* method;  // write_to or __str__
  WriteTo(Type t, Span s, ExprPtr v, const Function* m) : Expr(ExprKind::WriteTo, t, s), value(std::move(v)), method(m) {}
};

struct Deref : Expr {
  ExprPtr pointer, index;
  Deref(Type t, Span s, ExprPtr p, ExprPtr i) : Expr(ExprKind::Deref, t, s), pointer(std::move(p)), index(std::move(i)) {}
};

struct Stmt;
// Then(v, [Destroy a]): evaluates v, then destroys a, and yields v.  Placed
// by lifetimes.cpp where a value dies in the middle of a statement:
// `print(a.x + 1)` loads a.x, a dies, then the sum is printed.
struct Then : Expr {
  ExprPtr value;
  std::vector<std::unique_ptr<Stmt>> after;
  Then(Span s, ExprPtr v) : Expr(ExprKind::Then, v->type, s), value(std::move(v)) {}
};

// Calls f(ExprPtr&) for each direct sub-expression of e, in evaluation order
// (a Then's destructions are statements, not sub-expressions).
template <class F>
void for_each_child(Expr& e, F&& f) {
  auto all = [&](std::vector<ExprPtr>& xs) {
    for (auto& x : xs) f(x);
  };
  switch (e.kind) {
    case ExprKind::Call:
      if (e.as<Call>().callee_value) f(e.as<Call>().callee_value);
      all(e.as<Call>().args);
      break;
    case ExprKind::Closure:
      for (auto& c : e.as<ClosureExpr>().copies) f(c.init);
      break;
    case ExprKind::VariadicPack: all(e.as<VariadicPack>().elements); break;
    case ExprKind::Op: all(e.as<Op>().operands); break;
    case ExprKind::Convert: f(e.as<Convert>().operand); break;
    case ExprKind::Conditional: {
      auto& c = e.as<Conditional>();
      f(c.cond);
      f(c.then);
      f(c.otherwise);
      break;
    }
    case ExprKind::CompareChain: all(e.as<CompareChain>().operands); break;
    case ExprKind::Print: {
      auto& p = e.as<Print>();
      all(p.values);
      for (ExprPtr* x : {&p.sep, &p.end, &p.flush})
        if (*x) f(*x);
      break;
    }
    case ExprKind::FieldRef: f(e.as<FieldRef>().object); break;
    case ExprKind::Copy: f(e.as<Copy>().operand); break;
    case ExprKind::Move: f(e.as<Move>().operand); break;
    case ExprKind::TempRef: f(e.as<TempRef>().init); break;
    case ExprKind::WriteTo: f(e.as<WriteTo>().value); break;
    case ExprKind::Then: f(e.as<Then>().value); break;
    case ExprKind::Deref:
      f(e.as<Deref>().pointer);
      f(e.as<Deref>().index);
      break;
    default: break;
  }
}

// Whether evaluating e can do anything observable: a call (which may print,
// raise or change a `mut` argument) or a print. Everything else is pure.
inline bool has_effects(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call: case ExprKind::Print:
      return true;
    case ExprKind::VariadicPack:
      for (auto& x : e.as<VariadicPack>().elements)
        if (has_effects(*x)) return true;
      return false;
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
    case ExprKind::FieldRef: return has_effects(*e.as<FieldRef>().object);
    case ExprKind::Deref: return has_effects(*e.as<Deref>().pointer) || has_effects(*e.as<Deref>().index);
    case ExprKind::Copy: case ExprKind::Move: case ExprKind::TempRef: case ExprKind::WriteTo: case ExprKind::Then:
      return true;  // copy/move constructors and writers are user code
    default:
      return false;
  }
}

// -------------------------------------------------------------- statements

enum class StmtKind {
  Expr, VarDecl, Assign, If, While, ForRange, Break, Continue, Return, Raise,
  Try, ConstDecl, Destroy,
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
  bool destroy_old = false;  // the target holds a value with a destructor: it dies once `value` is computed
  Assign(Span s, ExprPtr t, ExprPtr v) : Stmt(StmtKind::Assign, s), target(std::move(t)), value(std::move(v)) {}
};

struct If : Stmt {
  ExprPtr cond;
  Block then, orelse;
  bool else_is_elif = false;  // orelse is a single If written as elif
  // A `comptime if`'s taken branch or one `comptime for` iteration: `then`
  // always runs (cond is BoolConst true, orelse empty); emitted as a bare block.
  bool plain_block = false;
  If(Span s) : Stmt(StmtKind::If, s) {}
};

struct While : Stmt {
  ExprPtr cond;
  Block body, orelse;
  While(Span s) : Stmt(StmtKind::While, s) {}
};

// for var in range(start, stop, step)
// for var in container  (container set, start/stop null): a runtime
// container (stdlib/README.md) iterated by C++ range-for; var is a `ref` to
// each element when the iterator's __next__ returns one, else a copy.
struct ForRange : Stmt {
  const Local* var;
  ExprPtr start, stop, step;  // Int; step may be null (1)
  ExprPtr container;
  Block body, orelse;
  ForRange(Span s) : Stmt(StmtKind::ForRange, s) {}
};

struct Break : Stmt { Break(Span s) : Stmt(StmtKind::Break, s) {} };
struct Continue : Stmt { Continue(Span s) : Stmt(StmtKind::Continue, s) {} };

struct Return : Stmt {
  ExprPtr value;  // may be null
  Block cleanup;  // Destroys of the live values, after `value` is computed
  Return(Span s, ExprPtr v) : Stmt(StmtKind::Return, s), value(std::move(v)) {}
};

// raise value (an Error) / raise (re-raise `reraise`, the Error being handled)
struct Raise : Stmt {
  ExprPtr value;
  Block cleanup;  // Destroys of the values that die with the raise
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

// Destroy(x): runs x's destructor (its __del__, then its fields') here.
struct Destroy : Stmt {
  ExprPtr target;  // a LocalRef or FieldRef
  Destroy(Span s, ExprPtr t) : Stmt(StmtKind::Destroy, s), target(std::move(t)) {}
};

// ---------------------------------------------------------------- top level

// What kind of function a struct member is.
enum class MethodKind {
  Free,      // not a member
  Instance,  // has a `self` (params[0])
  Static,    // @staticmethod
  Init,      // __init__(out self, ...): `self` is the result being built
  Copy,      // __copyinit__ / __init__(out self, *, copy: Self)
  Move,      // __moveinit__ / __init__(out self, *, deinit take: Self)
  Del,       // __del__ / __deinit__(deinit self)
};

struct Function {
  std::string name;
  Span span;
  Module* module = nullptr;
  std::vector<Local*> params;
  std::vector<ExprPtr> defaults;  // parallel to params; null when required
  std::vector<bool> keyword_only;
  Type result = nullptr;          // NoneType for no result
  bool raises = false;
  Type error_type = nullptr;      // `raises MyError`: the struct it raises (null: Error)
  // `-> ref [origin] T`: the result is a place (a C++ T&) inside `self` or a
  // `ref` argument; those are then passed as mutable references.
  bool returns_ref = false;
  bool ref_result_immutable = false;  // it may return a place that cannot be written: only `const T&`
  bool is_main = false;
  bool overloaded = false;        // several Mojo functions share this name in the module
  const Struct* owner = nullptr;  // a method of this struct
  MethodKind method_kind = MethodKind::Free;
  const Local* self = nullptr;    // the receiver (params[0]) or, for Init/Copy/Move, the value built
  const Local* out_result = nullptr;  // `def f(..., out r: T)`: r is the result, built by the body
  bool synthesized = false;       // written by sema (@fieldwise_init, @value, implicit copy/move)
  std::vector<Type> type_params;  // generic: `def f[T: Trait](x: T)`: the symbolic type parameters
  // Compile-time parameters.  A function with any is generic: it is checked
  // once with symbolic parameters and never emitted; each distinct binding
  // used by the program is an instance, a concrete function of its own.
  bool is_generic = false;
  const Function* instance_of = nullptr;   // the generic this instance binds
  std::vector<ParamValue> param_values;    // the binding, in parameter order
  std::string cpp_name;                    // emit's name for an instance ("max__Int"); empty: the Mojo name
  // `@__cpp("name", include="hdr")` (stdlib/README.md): implemented by the C++
  // runtime, so nothing is emitted for it and calls use `binding` (empty for a
  // bound struct's method that keeps its Mojo name).  A qualified binding of
  // a method (`mojo::str::split`) is a free function taking the receiver first.
  bool bound = false;
  std::string binding, binding_include;
  bool implicit_init = false;  // `@implicit def __init__(out self, x: U)`: converts a U where Self is expected
  // A closure (nested def or lambda) is owned by the function it is defined
  // in and emitted inside it, as a C++ lambda.
  bool is_closure = false;
  std::vector<std::unique_ptr<Function>> closures;
  std::vector<const Local*> captured_refs;  // a closure: outer locals it reaches by reference
  std::vector<std::unique_ptr<Local>> locals;  // owns params and locals
  std::vector<std::unique_ptr<Global>> local_constants;
  Block body;
  bool body_checked = false;

  // A local sema introduces (a temporary, a loop's iterator, a with's
  // manager): named `<base>_<id>`, never visible to the user's code.
  Local* add_hidden_local(const std::string& base, Type t, Span span) {
    auto l = std::make_unique<Local>();
    l->type = t;
    l->span = span;
    l->id = static_cast<int>(locals.size());
    l->name = base + "_" + std::to_string(l->id);
    Local* raw = l.get();
    locals.push_back(std::move(l));
    return raw;
  }
};

// A trait: the methods a conforming struct must have (or inherits as defaults).
struct Trait {
  std::string name;
  Span span;
  Module* module = nullptr;
  std::vector<const Trait*> bases;                 // trait inheritance
  std::vector<std::unique_ptr<Function>> methods;  // requirements (body empty) and defaults
  std::vector<bool> has_default;                   // parallel to methods
  std::vector<std::pair<std::string, Type>> comptime_members;  // `comptime N: Int` requirements
};

struct Struct {
  std::string name;
  Span span;
  // Parametric structs: the generic one (and instances with symbolic
  // arguments, inside generic code) is never emitted; each concrete instance
  // (`Box[Int]`) is a struct of its own named cpp_name ("Box__Int").
  bool is_generic = false;
  const Struct* instance_of = nullptr;
  std::vector<ParamValue> param_values;
  std::string cpp_name;
  // `@__cpp("mojo::List", include=...)`: a C++ class template of the runtime;
  // an instance is `mojo::List<mojo::Int>` and nothing is emitted for it.
  std::string binding, binding_include;
  Module* module = nullptr;
  Type type = nullptr;
  std::vector<Field> fields;
  std::vector<std::unique_ptr<Function>> methods;  // source order, then synthesized ones
  std::vector<std::unique_ptr<Global>> constants;  // `comptime` members
  std::vector<const Trait*> traits;                // declared conformances (with their bases)
  // Lifecycle.  `copy`/`move`/`del` point at the user's method or at the
  // synthesized one; null when the type has no such operation.
  const Function* copy = nullptr;
  const Function* move = nullptr;
  const Function* del = nullptr;
  bool copyable = false;             // has a copy constructor (Copyable)
  bool implicitly_copyable = false;  // `var b = a` copies without .copy() (ImplicitlyCopyable; legacy: Copyable)
  bool movable = false;
  bool trivial_copy = false;  // copying is a plain memberwise copy with no user code (emit: C++ copy)
  bool trivial_move = false;
  // Destroying it runs user code: its own __del__ or a field's.
  bool needs_destroy = false;
  bool register_passable = false;
};

struct Module {
  std::string name;         // Mojo module name; also the C++ namespace
  std::string path;
  std::uint32_t file = 0;
  std::vector<std::unique_ptr<Function>> functions;   // source order
  std::vector<std::unique_ptr<Struct>> structs;        // definition order (a field's type first)
  std::vector<std::unique_ptr<Trait>> traits;
  std::vector<std::unique_ptr<Global>> globals;       // source order
  std::vector<const Module*> imports;
};

struct Program {
  std::vector<std::unique_ptr<Module>> modules;  // dependencies first; the root last
  Module* root = nullptr;
  // runtime functions sema makes per program (a tuple's mojo::get<i>): named
  // verbatim by emit, never emitted themselves
  std::vector<std::unique_ptr<Function>> runtime_functions;
  std::vector<std::string> runtime_headers;  // what Intrinsic ops need (mojo/simd.hpp, ...), in first-use order
  bool legacy_float_format = false;
  bool legacy_edition = false;       // the root file is Mojo 0.25 or older: repr quotes as Python does  // edition ≤ 24.5: floats print %.17g
};

}  // namespace mojoc::tir
