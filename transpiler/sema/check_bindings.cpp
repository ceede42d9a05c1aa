// Declarations bound to the C++ runtime (stdlib/README.md).
//
//   @__cpp("mojo::List", include="mojo/collections/list.hpp")
//   struct List[T: Copyable & Movable]: ...   ⟶ Struct.binding = "mojo::List"
//                                                (List[Int] is mojo::List<mojo::Int>; nothing emitted)
//   @__cpp("with_capacity") def __init__(out self, *, capacity: Int): ...
//                                             ⟶ Function{bound, binding = "with_capacity"}
//   (a method of a bound struct without @__cpp) ⟶ Function{bound, binding = ""}: its Mojo name
//   @__cpp("mojo::math::sqrt") def sqrt(x: Float64) -> Float64: ...
//                                             ⟶ Function{bound, binding = "mojo::math::sqrt"}
//
// A bound declaration's body (`...`) is never checked and never emitted:
// calls are checked against the signature, and emit names the C++ entity.
#include "sema/checker.hpp"

namespace mojoc::sema {

bool Checker::read_cpp_binding(const ast::Decorator& d, std::string& name, std::string& include) {
  if (d.name != "__cpp") return false;
  auto malformed = [&] {
    error(diag::Code::InvalidSyntax, d.span, "malformed '@__cpp' decorator")
        .with_help("write @__cpp(\"cpp::name\") or @__cpp(\"cpp::name\", include=\"header.hpp\")");
    return true;
  };
  if (!d.expr || d.expr->kind != ast::ExprKind::Call) return malformed();
  auto& call = d.expr->as<ast::CallExpr>();
  for (auto& a : call.args) {
    if (!a.value || a.value->kind != ast::ExprKind::StringLit || a.star != ast::Argument::Star::None) return malformed();
    const std::string& text = a.value->as<ast::StringLitExpr>().value;
    if (a.keyword.empty()) name = text;
    else if (a.keyword == "include") include = text;
    else return malformed();
  }
  if (name.empty()) return malformed();
  return true;
}

// A method of a bound struct is bound too, under its Mojo name unless it
// has an @__cpp of its own; a free function only with @__cpp.
void Checker::apply_cpp_binding(tir::Function& f, const ast::FunctionDef& def, const tir::Struct* owner) {
  std::string name, include;
  for (auto& d : def.decorators)
    if (read_cpp_binding(d, name, include)) {
      f.bound = true;
      f.binding = name;
      f.binding_include = include;
    }
  if (owner && !owner->binding.empty()) {
    f.bound = true;
    if (f.binding_include.empty()) f.binding_include = owner->binding_include;
  }
}

}  // namespace mojoc::sema
