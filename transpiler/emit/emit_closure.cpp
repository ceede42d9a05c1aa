// Closures and function values.
//
//   ClosureExpr below {imm limit}       ⟶ [&](mojo::Int x) -> bool { return x < limit; }
//   ClosureExpr snap {var n}            ⟶ [&, n = n](mojo::Int x) -> mojo::Int { ... }
//   legacy nested fn (copies, mutable)  ⟶ [=](...) mutable -> ... { ... }
//   FuncRef inc                         ⟶ &inc
//   FnType def(Int) thin -> Int         ⟶ mojo::FnPtr<mojo::Int(mojo::Int)>
//   FnType fn(Int) escaping -> Int      ⟶ mojo::EscapingFn<mojo::Int(mojo::Int)>  (legacy)
// A closure's view of an outer local has the outer local's name, so the body
// refers to it through the lambda's capture.  Non-escaping closures passed
// to generic code arrive as `const auto&` parameters: no heap allocation.
#include "emit/emitter.hpp"

namespace mojoc::emit {

std::string Emitter::closure(const tir::ClosureExpr& c) {
  const tir::Function& f = *c.fn;
  // the lambda's body is emitted like a function's, into its own buffer
  std::string saved_buf = std::move(buf);
  buf.clear();
  const tir::Function* saved_fn = cur_fn;
  auto saved_reads = std::move(read_locals);
  auto saved_names = local_names;
  auto saved_raise = std::move(raise_targets);
  auto saved_finally = std::move(finally_frames);
  auto saved_loops = std::move(loops);
  auto saved_hoisted = std::move(hoisted);
  int saved_indent = indent;
  enter_body(f, true);
  ++indent;
  for (auto& l : f.locals)
    if (l->is_temporary) out_line(cpp_type(l->type) + " " + local_name(*l) + "{};");
  block(f.body);
  bool jumps = !f.body.empty() && (f.body.back()->kind == tir::StmtKind::Return || f.body.back()->kind == tir::StmtKind::Raise);
  if (!jumps) {
    if (f.result->kind != tir::TypeKind::NoneType) out_line("__builtin_unreachable();");
    else if (f.raises) out_line("return {};");
  }
  std::string body = std::move(buf);
  std::string params;
  for (const tir::Local* p : f.params) {
    if (!params.empty()) params += ", ";
    params += (read_locals.count(p) ? "" : "[[maybe_unused]] ") + param_type(*p) + " " + local_name(*p);
  }
  buf = std::move(saved_buf);
  cur_fn = saved_fn;
  read_locals = std::move(saved_reads);
  local_names = std::move(saved_names);
  raise_targets = std::move(saved_raise);
  finally_frames = std::move(saved_finally);
  loops = std::move(saved_loops);
  hoisted = std::move(saved_hoisted);
  indent = saved_indent;
  // what it captures: by reference unless copied in
  bool refs = !f.captured_refs.empty(), legacy_copy = false;
  for (auto& l : f.locals)
    if (l->captured && l->by_copy && l->is_mutable) legacy_copy = true;
  std::string caps;
  if (legacy_copy) caps = "=";
  else {
    if (refs) caps = "&";
    for (auto& cp : c.copies) caps += (caps.empty() ? "" : ", ") + local_name(*cp.inner) + " = " + top(*cp.init);
  }
  std::string head = "[" + caps + "](" + params + ")" + (legacy_copy ? " mutable" : "") + " -> " + result_type(f);
  return head + " {\n" + body + std::string(static_cast<std::size_t>(indent) * 4, ' ') + "}";
}

std::string Emitter::function_pointer_type(sema::Type t) const {
  const tir::Function& sig = *t->fn;
  std::string s = std::string(t->thin ? "mojo::FnPtr<" : "mojo::EscapingFn<") + result_type(sig) + "(";
  for (std::size_t i = 0; i < sig.params.size(); ++i) s += (i ? ", " : "") + param_type(*sig.params[i]);
  return s + ")>";
}

}  // namespace mojoc::emit
