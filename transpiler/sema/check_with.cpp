// Context managers.
//
//   with open_it() as x:        VarDecl ctx_N = open_it()
//       body            ⟶       VarDecl x = ctx_N.__enter__()
//                               VarDecl done_N = False
//                               Try { body
//                                     except e: done_N = True
//                                               if not ctx_N.__exit__(e): raise      (an __exit__(err) exists)
//                                               else: ctx_N.__exit__(); raise        (it does not)
//                                     finally: if not done_N: ctx_N.__exit__() }
// The finally form makes `return`, `break` and `continue` in the body run
// __exit__ too.  Several items nest: `with a, b:` is `with a: with b:`.
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_with(const ast::WithStmt& s, tir::Block& out) {
  // a C++ block of its own: the manager and the target are scoped to the
  // statement, so two `with ... as f` in one function do not clash
  tir::Block inner;
  check_with_items(s, 0, inner);
  if (!inner.empty()) out.push_back(plain_block(s.span, std::move(inner)));
}

void Checker::check_with_items(const ast::WithStmt& s, std::size_t item, tir::Block& out) {
  if (item == s.items.size()) {
    push_scope();
    check_block(s.body, out);
    pop_scope();
    return;
  }
  const ast::WithItem& it = s.items[item];
  auto value = check_value(*it.context);
  if (value->type->kind == TypeKind::Invalid) return;
  if (!types::is_struct(value->type)) {
    error(diag::Code::TypeMismatch, it.context->span,
          "'" + types::display(value->type) + "' value cannot be used as a context manager")
        .with_help("a context manager is a struct with '__enter__' and '__exit__' methods");
    return;
  }
  Span at = it.context->span;
  tir::Local* ctx = fn->add_hidden_local("ctx", value->type, at);
  out.push_back(std::make_unique<tir::VarDecl>(at, ctx, take(value, at)));
  auto ref = [&] { return std::make_shared<tir::LocalRef>(ctx, at); };
  if (!find_methods(ctx->type, "__enter__")) {
    error(diag::Code::InvalidOperands, expr_loc(*it.context),
          "'" + types::display(ctx->type) + "' does not implement the '__enter__' method")
        .with_help("a context manager defines '__enter__(self)' (and usually '__exit__(self)')");
    return;
  }
  bool has_exit = find_methods(ctx->type, "__exit__") != nullptr;
  // `__enter__(var self) -> Self` (Mojo's FileHandle) takes the manager itself:
  // the target is the manager, moved, and there is nothing to exit
  bool consumes = false;
  for (auto* f : *find_methods(ctx->type, "__enter__"))
    if (f->self && f->params.size() == 1 && f->params[0]->convention == ast::Convention::Owned) consumes = true;
  auto enter = consumes ? call_dunder(std::make_shared<tir::Move>(at, ref()), "__enter__", {}, at)
                        : call_dunder(ref(), "__enter__", {}, at);
  if (enter->type->kind == TypeKind::Invalid) return;
  push_scope();
  if (it.target) {
    if (it.target->kind != ast::ExprKind::Name) {
      unsupported(it.target->span, "destructuring 'with' target");
      pop_scope();
      return;
    }
    if (enter->type->kind == TypeKind::NoneType) {
      error(diag::Code::TypeMismatch, it.target->span, "'__enter__' returns nothing; there is no value to bind");
      pop_scope();
      return;
    }
    tir::Local* x = new_local(it.target->as<ast::NameExpr>().name, enter->type, it.target->span);
    out.push_back(std::make_unique<tir::VarDecl>(it.target->span, x, enter));
  } else {
    out.push_back(std::make_unique<tir::ExprStmt>(at, is_lvalue(*enter) ? enter : borrow(enter)));
  }
  tir::Local* done = fn->add_hidden_local("done", types::bool_(), at);
  out.push_back(std::make_unique<tir::VarDecl>(at, done, std::make_shared<tir::BoolConst>(at, false)));
  auto node = std::make_unique<tir::Try>(s.span);
  // Without a raising context nothing in the body can raise (sema rejects
  // it), so only a raising function gets the handler.
  node->has_handler = can_raise();
  // The body's errors leave the statement (after __exit__), so raising calls
  // in it need a raising context, as they would without the `with`.
  raise_ctx.push_back(false);
  raise_types.push_back(nullptr);
  check_with_items(s, item + 1, node->body);
  raise_ctx.pop_back();
  raise_types.pop_back();
  if (!has_exit) {
    // no __exit__: the body runs with nothing to call afterwards (Mojo accepts this)
    for (auto& st : node->body) out.push_back(std::move(st));
    pop_scope();
    return;
  }
  if (!node->has_handler) {
    auto exit = call_dunder(ref(), "__exit__", {}, at);
    if (exit->type->kind == TypeKind::Invalid) return;
    node->finalbody.push_back(std::make_unique<tir::ExprStmt>(at, exit));
    pop_scope();
    out.push_back(std::move(node));
    return;
  }
  tir::Local* err = fn->add_hidden_local("err", types::error(), at);
  err->name = "";
  err->is_error_binding = true;
  node->error = err;
  node->handler.push_back(std::make_unique<tir::Assign>(at, std::make_shared<tir::LocalRef>(done, at),
                                                        std::make_shared<tir::BoolConst>(at, true)));
  auto rethrow = [&] {
    auto r = std::make_unique<tir::Raise>(at);
    r->reraise = err;
    return r;
  };
  bool takes_error = false;
  for (auto* f : *find_methods(ctx->type, "__exit__"))
    takes_error |= f->params.size() == 2 && f->params[1]->type == types::error();
  if (takes_error) {
    auto suppressed = call_dunder(ref(), "__exit__", {std::make_shared<tir::LocalRef>(err, at)}, at);
    if (suppressed->type->kind == TypeKind::Invalid) return;
    if (suppressed->type != types::bool_()) suppressed = explicit_convert(suppressed, types::bool_(), at);
    auto cond = std::make_unique<tir::If>(at);
    cond->cond = std::make_shared<tir::Op>(tir::OpKind::Not, types::bool_(), at, std::vector<tir::ExprPtr>{suppressed});
    cond->then.push_back(rethrow());
    node->handler.push_back(std::move(cond));
  } else {
    auto exit = call_dunder(ref(), "__exit__", {}, at);
    if (exit->type->kind == TypeKind::Invalid) return;
    node->handler.push_back(std::make_unique<tir::ExprStmt>(at, exit));
    node->handler.push_back(rethrow());
  }
  auto exit = call_dunder(ref(), "__exit__", {}, at);
  if (exit->type->kind == TypeKind::Invalid) return;
  auto normal = std::make_unique<tir::If>(at);
  normal->cond = std::make_shared<tir::Op>(tir::OpKind::Not, types::bool_(), at,
                                           std::vector<tir::ExprPtr>{std::make_shared<tir::LocalRef>(done, at)});
  normal->then.push_back(std::make_unique<tir::ExprStmt>(at, exit));
  node->finalbody.push_back(std::move(normal));
  pop_scope();
  out.push_back(std::move(node));
}

}  // namespace mojoc::sema
