// Errors: raise and try/except/else/finally (errors are values, not C++ exceptions).
//
//   raise Error("m")        ⟶ Raise(Op(ErrorNew, "m"))      (E0508 where nothing can catch it)
//   raise "m"               ⟶ Raise(Op(ErrorNew, "m"))
//   raise                   ⟶ Raise(reraise = the error being handled)
//   try: A except e: B else: C finally: D
//                           ⟶ Try(A, error=e, B, C, D)      (calls in A route to B)
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_raise(const ast::RaiseStmt& s, tir::Block& out) {
  auto node = std::make_unique<tir::Raise>(s.span);
  if (!s.value) {
    if (handling.empty() || !handling.back()) {
      error(diag::Code::RaiseInNonRaising, s.span, "bare 'raise' outside an 'except' block");
      return;
    }
    node->reraise = handling.back();
    Type t = handling.back()->type;
    check_raise_allowed(s.span, false, t == types::error() ? nullptr : t);
    out.push_back(std::move(node));
    return;
  } else {
    auto v = check_expr(*s.value);
    if (v->type->kind == TypeKind::Invalid) return;
    if (types::is_struct(v->type)) {
      // typed raise: the struct value itself is the error
      node->value = take(v, expr_loc(*s.value));
      check_raise_allowed(s.span, false, v->type);
      out.push_back(std::move(node));
      return;
    }
    if (types::is_stringlike(v->type)) {
      auto str = v->type == types::string() ? v : coerce(v, types::string());
      v = std::make_shared<tir::Op>(tir::OpKind::ErrorNew, types::error(), v->span, std::vector<tir::ExprPtr>{str});
    }
    if (v->type != types::error()) {
      error(diag::Code::TypeMismatch, s.value->span, "cannot raise a value of type '" + types::display(v->type) + "'");
      return;
    }
    node->value = v;
  }
  check_raise_allowed(s.span, false);
  out.push_back(std::move(node));
}

void Checker::check_try(const ast::TryStmt& s, tir::Block& out) {
  auto node = std::make_unique<tir::Try>(s.span);
  node->has_handler = !s.handlers.empty();
  auto before = init_state();
  raise_ctx.push_back(node->has_handler);
  raise_types.push_back(nullptr);
  push_scope();
  check_block(s.body, node->body);
  pop_scope();
  raise_ctx.pop_back();
  // the type the handler binds: what the body raises (Error unless typed)
  Type caught = raise_types.back() ? raise_types.back() : types::error();
  raise_types.pop_back();
  auto after_body = init_state();
  if (node->has_handler) uninit = as_of(before);
  for (std::size_t i = 0; i < s.handlers.size(); ++i) {
    const auto& h = s.handlers[i];
    if (h.type) {
      bool is_error = h.type->kind == ast::ExprKind::Name && h.type->as<ast::NameExpr>().name == "Error";
      if (!is_error) {
        unsupported(h.type->span, "typed 'except' clause");
        continue;
      }
    }
    if (i > 0) continue;  // Mojo has one error type: the first handler catches everything
    push_scope();
    node->error = new_local(h.name, caught, h.span);
    const_cast<tir::Local*>(node->error)->is_error_binding = true;
    if (h.name.empty()) const_cast<tir::Local*>(node->error)->name = "";
    handling.push_back(node->error);
    check_block(h.body, node->handler);
    handling.pop_back();
    pop_scope();
  }
  // the handler may start before anything in the body ran
  auto after_handler = init_state();
  uninit = as_of(after_body);
  push_scope();
  check_block(s.orelse, node->orelse);
  pop_scope();
  if (node->has_handler && !block_terminates(node->handler)) {
    auto handler_uninit = as_of(after_handler);
    uninit.insert(handler_uninit.begin(), handler_uninit.end());
  }
  push_scope();
  check_block(s.finalbody, node->finalbody);
  pop_scope();
  out.push_back(std::move(node));
}

}  // namespace mojoc::sema
