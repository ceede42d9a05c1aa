// Left-to-right evaluation.
//
// Mojo evaluates call arguments and the operands of an operator from left to
// right; C++ leaves both unspecified (g++ evaluates call arguments right to
// left).  Whenever two or more operands have side effects, every effectful
// operand but the last is computed first into a temporary:
//
//   print(f(1), g(2))      ⟶ ({ auto arg_1 = f(1); mojo::print(arg_1, g(2)); })
//   f(1) + g(2) * h(3)     ⟶ ({ auto arg_1 = f(1); (arg_1 + ({ auto arg_2 = g(2); (arg_2 * h(3)); })); })
//
// Pure operands (constants, variable reads, arithmetic on them) stay in place:
// reordering them is unobservable, because a call cannot change a caller's
// local except through a `mut` argument, which is passed by reference anyway.
// `and`/`or`, `x if c else y` and comparison chains are already sequenced in C++.
#include "emit/emitter.hpp"

namespace mojoc::emit {

using tir::ExprKind;

std::string Emitter::in_order(const std::vector<const tir::Expr*>& operands,
                              const std::function<std::string()>& render) {
  std::size_t effectful = 0;
  for (auto* x : operands) effectful += tir::has_effects(*x) ? 1 : 0;
  if (effectful < 2) return render();
  std::string prelude;
  std::vector<const tir::Expr*> placed;
  for (auto* x : operands) {
    if (!tir::has_effects(*x)) continue;
    if (--effectful == 0) break;  // the last one may stay in place
    std::string name = fresh("arg");
    prelude += "auto " + name + " = " + top(*x) + "; ";
    hoisted[x] = name;
    placed.push_back(x);
  }
  std::string body = render();
  for (auto* x : placed) hoisted.erase(x);
  return "({ " + prelude + strip_parens(body) + "; })";
}

}  // namespace mojoc::emit
