// Compile-time evaluation: runs a typed-tree expression, including calls to
// ordinary Mojo functions, the way the compiled program would, and yields the
// constant it computes.  Mojo needs this for `comptime N = fib(20)`,
// `@parameter if` conditions, `constrained[...]` and parameter expressions.
//
//   Evaluator ev;
//   ev.ensure_body = [&](const tir::Function& f) { return check_body_now(f); };
//   Result r = ev.eval(*expr);      // r.value: IntConst/FloatConst/BoolConst/StringConst
//   if (!r.ok()) report(r.where, r.why_not);
//
// Scope: integers (wrapping to their width), floats, Bool, strings, user
// functions with locals, loops, recursion and raising.  Struct values,
// pointers, printing and methods are not evaluated: the result then says why
// and where, so sema can report it like Mojo ("cannot call 'print' at compile
// time").  eval() never throws; a non-terminating program stops at the step
// limit.
#pragma once

#include <functional>
#include <string>

#include "sema/typed_tree.hpp"

namespace mojoc::sema::comptime {

// The outcome of evaluating one expression at compile time.
struct Result {
  tir::ExprPtr value;   // success: a new Const of the expression's type, at its span
  std::string why_not;  // failure: a short reason in Mojo terms
  Span where;           // failure: the sub-expression or statement that could not be evaluated
  bool ok() const { return value != nullptr; }
};

class Evaluator {
 public:
  // Makes sure f.body is checked before it runs (sema may check bodies
  // lazily); false when it is not available, which fails the evaluation.
  // Unset: a body is available once f.body_checked is true.
  std::function<bool(const tir::Function&)> ensure_body;
  long step_limit = 10'000'000;  // statements + expressions executed, over one top-level eval()
  int depth_limit = 512;         // call depth
  Result eval(const tir::Expr& e);
};

}  // namespace mojoc::sema::comptime
