// Structs: a plain C++ struct per Mojo struct, its methods as members.
//
//   @fieldwise_init                      struct P {
//   struct P(Copyable):                      mojo::Int x{};
//       var x: Int               ⟶            static P m__init__(mojo::Int x);
//       def area(self) -> Int                 static P m__copyinit__(const P& copy);
//       def __del__(deinit self)              mojo::Int area() const;
//                                             void m__del__();
//                                         };
//
// The C++ struct has no constructors, assignment operators or destructor of
// its own: C++ copies and destroys it as a bag of fields, which runs no user
// code.  Every Mojo copy, move and destruction is an explicit call that sema
// placed (Copy, Move and Destroy nodes), so the user's __init__/__del__ run
// exactly where Mojo runs them and never a second time.
#include "emit/emitter.hpp"

namespace mojoc::emit {

void Emitter::struct_definition(const tir::Struct& st) {
  line(st.span);
  out_line("struct " + struct_name(st) + " {");
  ++indent;
  for (auto& f : st.fields) out_line(cpp_type(f.type) + " " + ident(f.name) + "{};");
  if (!st.fields.empty() && !st.methods.empty()) out_line("");
  for (auto& m : st.methods) {
    read_locals.clear();
    local_names.clear();
    each_variant(*m, [&] { out_line(signature(*m, false) + ";"); });
  }
  --indent;
  out_line("};");
}

void Emitter::struct_methods(const tir::Struct& st) {
  for (auto& m : st.methods)
    each_variant(*m, [&] {
      function(*m);
      out_line("");
    });
}

// Copy(x), Move(x), Destroy(x) for a struct or a type parameter.
std::string Emitter::lifecycle_call(const char* what, const tir::Expr& x) {
  std::string v = expr(x);
  std::string w = what;
  bool x_is_elided = w == "move_elided";
  if (x_is_elided) w = "move";
  if (x.type->kind == tir::TypeKind::TypeParam) {
    if (w == "copy") return "mojo::detail::copy_value(" + strip_parens(v) + ")";
    if (w == "move") return (x_is_elided ? "std::move(" : "mojo::detail::move_value(") + strip_parens(v) + ")";
    return "mojo::detail::destroy(" + strip_parens(v) + ")";
  }
  if (x.type->kind != tir::TypeKind::Struct) {
    // builtin values: a C++ copy or move
    if (w == "move" && x.type->kind == tir::TypeKind::String) return "std::move(" + strip_parens(v) + ")";
    return v;
  }
  const tir::Struct& st = *x.type->decl;
  std::string t = cpp_type(x.type);
  if (w == "copy") return st.trivial_copy ? t + "(" + strip_parens(v) + ")" : t + "::m__copyinit__(" + strip_parens(v) + ")";
  if (w == "move") {
    bool elide = x_is_elided;
    return st.trivial_move || elide ? "std::move(" + strip_parens(v) + ")" : t + "::m__moveinit__(" + strip_parens(v) + ")";
  }
  return v + ".m__del__()";
}

}  // namespace mojoc::emit
