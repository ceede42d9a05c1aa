// Loops.
//
//   while c: A else: B             ⟶ While(c, A, B)      (B runs unless the loop broke)
//   for i in range(n): A else: B   ⟶ ForRange(i, 0, n, 1, A, B)
//   for i in range(a, b, s): A     ⟶ ForRange(i, a, b, s, A)   (s may be negative)
//   break / continue               ⟶ Break / Continue   (E0601/E0602 outside a loop)
#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_while(const ast::WhileStmt& s, tir::Block& out) {
  auto node = std::make_unique<tir::While>(s.span);
  node->cond = check_condition(*s.cond);
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, {});
  out.push_back(std::move(node));
}

void Checker::check_loop_blocks(const ast::Block& body, const ast::Block& orelse, tir::Block& body_out,
                                tir::Block& orelse_out, const std::function<void()>& bind_target) {
  auto before = init_state();
  auto fields_before = uninit_fields;
  auto moved_before = moved_at;
  ++loop_depth;
  push_scope();
  if (bind_target) bind_target();
  check_block(body, body_out);
  pop_scope();
  --loop_depth;
  // A value from outside the loop transferred in the body, and not given a
  // new value before the next iteration, is used after its transfer there.
  std::function<bool(const tir::Block&)> jumps = [&](const tir::Block& b) {
    for (auto& st : b) {
      auto k = st->kind;
      if (k == tir::StmtKind::Break || k == tir::StmtKind::Return || k == tir::StmtKind::Raise) return true;
      if (k == tir::StmtKind::If && (jumps(st->as<tir::If>().then) || jumps(st->as<tir::If>().orelse))) return true;
      if (k == tir::StmtKind::Try && (jumps(st->as<tir::Try>().body) || jumps(st->as<tir::Try>().handler))) return true;
    }
    return false;
  };
  if (!jumps(body_out))
    for (auto& [l, at] : moved_at)
      if (!moved_before.count(l) && uninit.count(l) && static_cast<std::size_t>(l->id) < before.locals) {
        error(diag::Code::UseAfterMove, at,
              "use of uninitialized value '" + l->name + "' (it was transferred in the previous iteration of the loop)")
            .with_help("give it a new value before the end of the loop body, or transfer a copy");
        break;
      }
  uninit = as_of(before);  // the body may not run, so what it initializes stays uninitialized after it
  uninit_fields = fields_before;
  push_scope();
  check_block(orelse, orelse_out);
  pop_scope();
}

void Checker::check_for(const ast::ForStmt& s, tir::Block& out) {
  if (s.comptime) return check_comptime_for(s, out);  // check_comptime_flow.cpp
  const ast::Expr& it = *s.iter;
  bool is_range = it.kind == ast::ExprKind::Call && it.as<ast::CallExpr>().callee->kind == ast::ExprKind::Name &&
                  it.as<ast::CallExpr>().callee->as<ast::NameExpr>().name == "range" && !lookup("range");
  // for item in opts.items() / for k in opts.keys() / opts.values()  (`var **opts`)
  if (!is_range && it.kind == ast::ExprKind::Call && it.as<ast::CallExpr>().args.empty() &&
      it.as<ast::CallExpr>().callee->kind == ast::ExprKind::Attribute && s.target->kind == ast::ExprKind::Name) {
    auto& attr = it.as<ast::CallExpr>().callee->as<ast::AttributeExpr>();
    if (attr.name == "items" || attr.name == "keys" || attr.name == "values") {
      auto obj = check_expr(*attr.object);
      if (obj->type->kind == TypeKind::Invalid) return;
      if (obj->type->kind == TypeKind::Kwargs) return iterate_kwargs(s, obj, attr.name, out);
    }
  }
  // for i, x in enumerate(xs) / for x in reversed(xs), over a runtime container
  if (!is_range && it.kind == ast::ExprKind::Call && it.as<ast::CallExpr>().args.size() == 1 &&
      it.as<ast::CallExpr>().callee->kind == ast::ExprKind::Name && s.orelse.empty()) {
    const std::string& f = it.as<ast::CallExpr>().callee->as<ast::NameExpr>().name;
    const ast::Expr& arg = *it.as<ast::CallExpr>().args[0].value;
    if (f == "enumerate" && !lookup(f) && s.target->kind == ast::ExprKind::Tuple &&
        s.target->as<ast::TupleExpr>().elements.size() == 2 &&
        s.target->as<ast::TupleExpr>().elements[0]->kind == ast::ExprKind::Name &&
        s.target->as<ast::TupleExpr>().elements[1]->kind == ast::ExprKind::Name) {
      auto v = check_expr(arg);
      if (v->type->kind == TypeKind::Invalid) return;
      if (types::is_struct(v->type) && !v->type->decl->binding.empty() && has_method(v->type, "__iter__"))
        return iterate_container(s, v, out, s.target->as<ast::TupleExpr>().elements[1].get(),
                                 s.target->as<ast::TupleExpr>().elements[0].get());
      unsupported(it.span, "enumerate() over a '" + types::display(v->type) + "'");
      return;
    }
    if (f == "reversed" && !lookup(f) && s.target->kind == ast::ExprKind::Name) {
      auto v = check_expr(arg);
      if (v->type->kind == TypeKind::Invalid) return;
      if (types::is_struct(v->type) && has_method(v->type, "__getitem__") && has_method(v->type, "__len__"))
        return iterate_reversed(s, v, out);
      unsupported(it.span, "reversed() over a '" + types::display(v->type) + "'");
      return;
    }
  }
  if (!is_range || s.target->kind != ast::ExprKind::Name) {
    bool reported = false;
    if (!is_range) {
      auto v = check_expr(it);
      if (v->type->kind == TypeKind::Invalid) reported = true;
      else if (v->type->kind == TypeKind::Variadic && s.target->kind == ast::ExprKind::Name)
        return iterate_variadic(s, v, out);
      else if (types::is_struct(v->type) && !v->type->decl->binding.empty() && has_method(v->type, "__iter__") &&
               s.target->kind == ast::ExprKind::Name)
        return iterate_container(s, v, out);
      else if (types::is_struct(v->type) && has_method(v->type, "__iter__") && s.target->kind == ast::ExprKind::Name &&
               s.orelse.empty())
        return iterate_struct(s, v, out);
      else if (types::is_struct(v->type) && !has_method(v->type, "__iter__")) {
        error(diag::Code::InvalidOperands, expr_loc(it), "'" + types::display(v->type) + "' does not implement the '__iter__' method")
            .with_help("define '__iter__' returning an iterator with '__next__'");
        reported = true;
      }
    }
    if (reported) {
    } else if (!is_range) unsupported(it.span, "iterating over anything but range()");
    else unsupported(s.target->span, "destructuring loop variable");
    // still check the body, with the loop variable poisoned, to report its own errors
    tir::Block discard;
    ++loop_depth;
    push_scope();
    poison_target(*s.target);
    check_block(s.body, discard);
    pop_scope();
    --loop_depth;
    return;
  }
  auto& call = it.as<ast::CallExpr>();
  std::vector<tir::ExprPtr> xs;
  for (auto& a : call.args) {
    if (!a.keyword.empty() || a.star != ast::Argument::Star::None) {
      error(diag::Code::UnknownKeyword, a.span, "range() takes positional arguments only");
      return;
    }
    auto v = check_expr(*a.value);
    if (v->type->kind == TypeKind::IntLiteral) v = coerce(v, types::int_());
    else if (v->type->kind != TypeKind::Invalid && v->type != types::int_() && types::is_integer(v->type))
      v = explicit_convert(v, types::int_(), v->span);
    else v = coerce(v, types::int_(), "in range()");
    xs.push_back(v);
  }
  if (xs.empty() || xs.size() > 3) {
    error(diag::Code::WrongArgumentCount, call.span, "range() expects 1 to 3 arguments, got " + std::to_string(xs.size()));
    return;
  }
  auto node = std::make_unique<tir::ForRange>(s.span);
  if (xs.size() == 1) {
    node->start = std::make_shared<tir::IntConst>(types::int_(), call.span, 0);
    node->stop = xs[0];
  } else {
    node->start = xs[0];
    node->stop = xs[1];
    if (xs.size() == 3) node->step = xs[2];
  }
  if (node->step && node->step->kind == tir::ExprKind::IntConst && node->step->as<tir::IntConst>().value == 0) {
    error(diag::Code::TypeMismatch, node->step->span, "range() step must not be zero");
  }
  auto* loop = node.get();
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, [&] {
    loop->var = new_local(s.target->as<ast::NameExpr>().name, types::int_(), s.target->span);
  });
  out.push_back(std::move(node));
}

// for v in values  (a `*values` parameter):
//   ForRange i_N in (0, len(values)) { ref v = values[i_N]; body }
void Checker::iterate_variadic(const ast::ForStmt& s, tir::ExprPtr seq, tir::Block& out) {
  Span at = s.iter->span;
  auto node = std::make_unique<tir::ForRange>(s.span);
  node->start = std::make_shared<tir::IntConst>(types::int_(), at, 0);
  node->stop = std::make_shared<tir::Op>(tir::OpKind::VariadicLen, types::int_(), at, std::vector<tir::ExprPtr>{seq});
  auto* loop = node.get();
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, [&] {
    loop->var = fn->add_hidden_local("i", types::int_(), at);
    auto place = std::make_shared<tir::Deref>(seq->type->elem, at, seq, std::make_shared<tir::LocalRef>(loop->var, at));
    tir::Local* v = new_local(s.target->as<ast::NameExpr>().name, seq->type->elem, s.target->span);
    v->is_ref = true;
    v->is_mutable = s.binding == ast::ForStmt::Binding::Ref && is_mutable_place(*place);
    loop->body.push_back(std::make_unique<tir::VarDecl>(s.span, v, place));
  });
  out.push_back(std::move(node));
}

// for item in opts.items()  (a `var **opts` parameter):
//   ForRange i_N in (0, len(opts)) { ref item = opts[i_N]; body }   (.keys(): ref k = opts[i_N].key)
void Checker::iterate_kwargs(const ast::ForStmt& s, tir::ExprPtr opts, const std::string& which, tir::Block& out) {
  Span at = s.iter->span;
  Type elem = opts->type->elem;
  auto node = std::make_unique<tir::ForRange>(s.span);
  node->start = std::make_shared<tir::IntConst>(types::int_(), at, 0);
  node->stop = std::make_shared<tir::Op>(tir::OpKind::VariadicLen, types::int_(), at, std::vector<tir::ExprPtr>{opts});
  auto* loop = node.get();
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, [&] {
    loop->var = fn->add_hidden_local("i", types::int_(), at);
    tir::ExprPtr place = std::make_shared<tir::Deref>(types::kw_entry_of(elem), at, opts,
                                                      std::make_shared<tir::LocalRef>(loop->var, at));
    if (which == "keys")
      place = std::make_shared<tir::Op>(tir::OpKind::EntryKey, types::string(), at, std::vector<tir::ExprPtr>{place});
    else if (which == "values")
      place = std::make_shared<tir::Op>(tir::OpKind::EntryValue, elem, at, std::vector<tir::ExprPtr>{place});
    tir::Local* v = new_local(s.target->as<ast::NameExpr>().name, place->type, s.target->span);
    v->is_ref = true;
    v->is_mutable = false;
    loop->body.push_back(std::make_unique<tir::VarDecl>(s.span, v, place));
  });
  out.push_back(std::move(node));
}

// for x in xs  (xs a runtime container: a bound struct, stdlib/README.md):
//   ForRange{container = xs} x { body }   ⟶ C++ `for (const auto& x : xs)`
// The element type is what the declared iterator's __next__ returns; a `ref`
// result makes x a reference (mutable with `for ref x` over a mutable xs).
void Checker::iterate_container(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out, const ast::Expr* target,
                                const ast::Expr* index) {
  if (!target) target = s.target.get();
  Span at = s.iter->span;
  const tir::Function* iter_fn = nullptr;
  if (auto* set = find_methods(obj->type, "__iter__"))
    for (auto* f : *set)
      if (f->params.size() == 1) iter_fn = f;
  const tir::Function* next_fn = nullptr;
  if (iter_fn && types::is_struct(iter_fn->result))
    if (auto* set = find_methods(iter_fn->result, "__next__"))
      for (auto* f : *set)
        if (f->params.size() == 1) next_fn = f;
  if (!next_fn) {
    unsupported(at, "iterating over a '" + types::display(obj->type) + "'");
    return;
  }
  // enumerate(): a counter that starts at -1 and steps at the top of each
  // iteration (so `continue` cannot skip it); the index name is a copy of it
  tir::Local* counter = nullptr;
  if (index) {
    counter = fn->add_hidden_local("idx", types::int_(), at);
    counter->is_mutable = true;
    out.push_back(std::make_unique<tir::VarDecl>(at, counter, std::make_shared<tir::IntConst>(types::int_(), at, -1)));
  }
  auto node = std::make_unique<tir::ForRange>(s.span);
  bool by_ref = next_fn->returns_ref;
  if (is_lvalue(*obj)) node->container = obj;
  else node->container = take(obj, at);  // a temporary (d.items()): C++ keeps it alive for the loop
  auto* loop = node.get();
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, [&] {
    if (counter) {
      auto c = std::make_shared<tir::LocalRef>(counter, at);
      auto next = std::make_shared<tir::Op>(tir::OpKind::Add, types::int_(), at,
                                            std::vector<tir::ExprPtr>{c, std::make_shared<tir::IntConst>(types::int_(), at, 1)});
      loop->body.push_back(std::make_unique<tir::Assign>(at, std::make_shared<tir::LocalRef>(counter, at), next));
      tir::Local* i = new_local(index->as<ast::NameExpr>().name, types::int_(), index->span);
      loop->body.push_back(std::make_unique<tir::VarDecl>(at, i, std::make_shared<tir::LocalRef>(counter, at)));
    }
    tir::Local* v = new_local(target->as<ast::NameExpr>().name, next_fn->result, target->span);
    v->is_ref = by_ref;
    if (by_ref)
      v->is_mutable = s.binding == ast::ForStmt::Binding::Ref && !next_fn->ref_result_immutable && is_lvalue(*obj) &&
                      is_mutable_place(*obj);
    else
      v->is_mutable = s.binding == ast::ForStmt::Binding::Var;
    loop->var = v;
  });
  out.push_back(std::move(node));
}

// for x in reversed(xs)  (xs with __len__ and __getitem__):
//   ForRange i_N in (len(xs) - 1, -1, -1) { ref x = xs[i_N]; body }
void Checker::iterate_reversed(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out) {
  Span at = s.iter->span;
  if (!is_lvalue(*obj)) {
    tir::Local* tmp = fn->add_hidden_local("seq", obj->type, at);
    out.push_back(std::make_unique<tir::VarDecl>(at, tmp, take(obj, at)));
    obj = std::make_shared<tir::LocalRef>(tmp, at);
  }
  auto len = call_dunder(obj, "__len__", {}, at);
  if (!len || len->type->kind == TypeKind::Invalid) return;
  auto node = std::make_unique<tir::ForRange>(s.span);
  node->start = std::make_shared<tir::Op>(tir::OpKind::Sub, types::int_(), at,
                                          std::vector<tir::ExprPtr>{coerce(len, types::int_()),
                                                                    std::make_shared<tir::IntConst>(types::int_(), at, 1)});
  node->stop = std::make_shared<tir::IntConst>(types::int_(), at, -1);
  node->step = std::make_shared<tir::IntConst>(types::int_(), at, -1);
  auto* loop = node.get();
  bool ok = true;
  check_loop_blocks(s.body, s.orelse, node->body, node->orelse, [&] {
    loop->var = fn->add_hidden_local("i", types::int_(), at);
    auto item = call_dunder(obj, "__getitem__", {std::make_shared<tir::LocalRef>(loop->var, at)}, at);
    if (!item || item->type->kind == TypeKind::Invalid) {
      ok = false;
      return;
    }
    tir::Local* v = new_local(s.target->as<ast::NameExpr>().name, item->type, s.target->span);
    if (is_lvalue(*item)) {
      v->is_ref = true;
      v->is_mutable = s.binding == ast::ForStmt::Binding::Ref && is_mutable_place(*item);
      loop->body.push_back(std::make_unique<tir::VarDecl>(s.span, v, item));
    } else {
      loop->body.push_back(std::make_unique<tir::VarDecl>(s.span, v, item));
    }
  });
  if (ok) out.push_back(std::move(node));
}

// for x in obj  (obj a struct with __iter__; its iterator has __next__,
// which raises StopIteration at the end, as in Mojo 1.x):
//   VarDecl it_N = obj.__iter__()
//   While(true) { VarDecl x
//                 Try { Assign x = it_N.__next__() } except: Break
//                 body }
void Checker::iterate_struct(const ast::ForStmt& s, tir::ExprPtr obj, tir::Block& out) {
  Span at = s.iter->span;
  auto iter = call_dunder(obj, "__iter__", {}, at);
  if (!iter || iter->type->kind == TypeKind::Invalid) return;
  if (!has_method(iter->type, "__next__")) {
    error(diag::Code::InvalidOperands, expr_loc(*s.iter),
          "'" + types::display(iter->type) + "' does not implement the '__next__' method")
        .with_help("an iterator defines 'def __next__(mut self) raises StopIteration -> T'");
    return;
  }
  tir::Local* it_l = fn->add_hidden_local("it", iter->type, at);
  out.push_back(std::make_unique<tir::VarDecl>(at, it_l, take(iter, at)));
  raise_ctx.push_back(true);  // __next__'s StopIteration is caught by the loop
  raise_types.push_back(nullptr);
  auto next = call_dunder(std::make_shared<tir::LocalRef>(it_l, at), "__next__", {}, at);
  raise_ctx.pop_back();
  raise_types.pop_back();
  if (!next || next->type->kind == TypeKind::Invalid) return;
  auto loop = std::make_unique<tir::While>(s.span);
  loop->cond = std::make_shared<tir::BoolConst>(at, true);
  ++loop_depth;
  push_scope();
  tir::Local* x = new_local(s.target->as<ast::NameExpr>().name, next->type, s.target->span);
  loop->body.push_back(std::make_unique<tir::VarDecl>(s.target->span, x, nullptr));
  auto step = std::make_unique<tir::Try>(at);
  step->has_handler = true;
  step->body.push_back(std::make_unique<tir::Assign>(at, std::make_shared<tir::LocalRef>(x, s.target->span), next));
  tir::Local* err = fn->add_hidden_local("err", types::error(), at);
  err->name.clear();  // emit names an unnamed error binding by its id
  err->is_error_binding = true;
  step->error = err;
  step->handler.push_back(std::make_unique<tir::Break>(at));  // StopIteration: the loop is done
  loop->body.push_back(std::move(step));
  check_block(s.body, loop->body);
  pop_scope();
  --loop_depth;
  out.push_back(std::move(loop));
}

void Checker::check_break_continue(const ast::Stmt& s, tir::Block& out) {
  bool is_break = s.kind == ast::StmtKind::Break;
  if (loop_depth == 0 && in_comptime_for) {
    unsupported(s.span, std::string("'") + (is_break ? "break" : "continue") + "' in a 'comptime for'");
    return;
  }
  if (loop_depth == 0) {
    error(is_break ? diag::Code::BreakOutsideLoop : diag::Code::ContinueOutsideLoop, s.span);
    return;
  }
  if (is_break) out.push_back(std::make_unique<tir::Break>(s.span));
  else out.push_back(std::make_unique<tir::Continue>(s.span));
}

}  // namespace mojoc::sema
