// Control flow decided at compile time.
//
//   comptime if n > 2: A else: B      ⟶ n bound to 3: { A }   (B is not elaborated)
//   @parameter if ...                  (the same)
//   comptime for i in range(3): body   ⟶ { body[i=0] } { body[i=1] } { body[i=2] }
//   @parameter for / @unroll for       (the same)
//   constrained[n > 0, "msg"]()        ⟶ nothing; E0702 "constraint failed: msg" when false
//   comptime assert n > 0, "msg"       (the same)
//
// Inside a generic body that is checked symbolically (n unknown), a
// condition on the parameters cannot be decided: both branches are checked
// against the bounds, the loop body once, and constraints wait for the
// instances.  Generic bodies are never emitted, so nothing else is needed.
#include "sema/checker.hpp"

namespace mojoc::sema {

// A C++ `{ ... }` of its own (an If whose condition is a constant true).
tir::StmtPtr Checker::plain_block(Span span, tir::Block body) {
  auto b = std::make_unique<tir::If>(span);
  b->cond = std::make_shared<tir::BoolConst>(span, true);
  b->then = std::move(body);
  b->plain_block = true;
  return b;
}

// x as a constant of the given kind, or E0701 "cannot use a dynamic value in <context>".
tir::ExprPtr Checker::require_constant(const tir::ExprPtr& x, Span at, tir::ExprKind kind, const std::string& context,
                                       const std::string& help) {
  std::string why;
  Span where = at;
  tir::ExprPtr v = comptime_fold(x, &why, &where);
  if (v && v->kind == kind) return v;
  error(diag::Code::NotComptime, where, "cannot use a dynamic value in " + context)
      .with_help(help + (why.empty() ? std::string() : " (" + why + ")"));
  return nullptr;
}

bool Checker::in_generic_body() const {
  return fn && (fn->is_generic || (fn->owner && fn->owner->is_generic));
}

void Checker::check_comptime_if(const ast::IfStmt& s, tir::Block& out) {
  tir::ExprPtr c = check_condition(*s.cond);
  if (c->type->kind == TypeKind::Invalid) return;
  if (is_symbolic(*c)) {
    // generic code: both branches must hold for every binding (an ordinary
    // If keeps the paths right for the checks; generic code is not emitted)
    auto node = std::make_unique<tir::If>(s.span);
    node->cond = c;
    push_scope();
    check_block(s.then, node->then);
    pop_scope();
    push_scope();
    check_block(s.orelse, node->orelse);
    pop_scope();
    out.push_back(std::move(node));
    return;
  }
  tir::ExprPtr v = require_constant(c, s.cond->span, tir::ExprKind::BoolConst,
                                    mod->edition.legacy ? "'@parameter if' condition" : "'comptime if' condition",
                                    "use a plain 'if' for a run-time condition");
  if (!v) return;
  bool take = v->as<tir::BoolConst>().value;
  const ast::Block& branch = take ? s.then : s.orelse;
  // `elif` after a comptime if is decided at compile time too
  if (!take && s.orelse.size() == 1 && s.orelse[0]->kind == ast::StmtKind::If &&
      s.orelse[0]->as<ast::IfStmt>().is_elif)
    return check_comptime_if(s.orelse[0]->as<ast::IfStmt>(), out);
  tir::Block body;
  push_scope();
  check_block(branch, body);
  pop_scope();
  if (!body.empty()) out.push_back(plain_block(s.span, std::move(body)));
}

void Checker::check_comptime_for(const ast::ForStmt& s, tir::Block& out) {
  const ast::Expr& it = *s.iter;
  bool is_range = it.kind == ast::ExprKind::Call && it.as<ast::CallExpr>().callee->kind == ast::ExprKind::Name &&
                  it.as<ast::CallExpr>().callee->as<ast::NameExpr>().name == "range" && !lookup("range");
  // comptime for v in values  (a variadic compile-time parameter)
  const Symbol* vp = it.kind == ast::ExprKind::Name && s.target->kind == ast::ExprKind::Name
                         ? lookup(it.as<ast::NameExpr>().name) : nullptr;
  if (vp && vp->kind == Symbol::Kind::Pack && vp->type && s.orelse.empty()) {
    int saved_depth = loop_depth;
    bool saved_in = in_comptime_for;
    loop_depth = 0;
    in_comptime_for = true;
    std::vector<tir::ParamValue> values = vp->pack;
    bool symbolic = vp->builtin == "symbolic";
    Type vt = vp->type;
    auto body_with = [&](const tir::ParamValue* value, tir::Block& into) {
      push_scope();
      ParamDecl d;
      d.name = s.target->as<ast::NameExpr>().name;
      d.span = s.target->span;
      d.value_type = vt;
      bind_param(*scope, d, value);
      check_block(s.body, into);
      pop_scope();
    };
    if (symbolic) {
      tir::Block discard;
      body_with(nullptr, discard);
    } else {
      for (auto& v : values) {
        tir::Block body;
        body_with(&v, body);
        if (!body.empty()) out.push_back(plain_block(s.span, std::move(body)));
      }
    }
    loop_depth = saved_depth;
    in_comptime_for = saved_in;
    return;
  }
  if (!is_range || s.target->kind != ast::ExprKind::Name || !s.orelse.empty()) {
    unsupported(it.span, "a 'comptime for' over anything but range()");
    return;
  }
  const std::string& var = s.target->as<ast::NameExpr>().name;
  auto& call = it.as<ast::CallExpr>();
  std::vector<__int128> bounds;
  bool symbolic = false;
  for (auto& a : call.args) {
    tir::ExprPtr x = check_expr(*a.value);
    if (x->type->kind == TypeKind::Invalid) return;
    if (!types::is_integer(x->type) && x->type->kind != TypeKind::IntLiteral) {
      error(diag::Code::TypeMismatch, a.value->span, "range() takes integers, not '" + types::display(x->type) + "'");
      return;
    }
    if (is_symbolic(*x)) {
      symbolic = true;
      continue;
    }
    tir::ExprPtr v = require_constant(x, a.value->span, tir::ExprKind::IntConst,
                                      mod->edition.legacy ? "'@parameter for' sequence initializer"
                                                          : "'comptime for' sequence initializer",
                                      "use a plain 'for' for a run-time range");
    if (!v) return;
    bounds.push_back(v->as<tir::IntConst>().value);
  }
  if (call.args.empty() || call.args.size() > 3) {
    error(diag::Code::WrongArgumentCount, call_paren(call), "range() takes 1 to 3 arguments");
    return;
  }
  // `break`/`continue` would leave the unrolled copies, not a loop: an
  // enclosing run-time loop must not see them
  int saved_depth = loop_depth;
  bool saved_in = in_comptime_for;
  loop_depth = 0;
  in_comptime_for = true;
  auto body_with = [&](const tir::ParamValue* value, tir::Block& into) {
    push_scope();
    ParamDecl d;
    d.name = var;
    d.span = s.target->span;
    d.value_type = types::int_();
    bind_param(*scope, d, value);
    check_block(s.body, into);
    pop_scope();
  };
  if (symbolic) {
    tir::Block discard;
    body_with(nullptr, discard);
  } else {
    __int128 start = 0, stop = 0, step = 1;
    if (bounds.size() == 1) stop = bounds[0];
    else {
      start = bounds[0];
      stop = bounds[1];
      if (bounds.size() == 3) step = bounds[2];
    }
    // every iteration becomes code C++ compiles; past this, compile times explode
    constexpr __int128 kMaxUnroll = 10000;
    __int128 count = step == 0 ? 0 : step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                                               : (start > stop ? (start - stop - step - 1) / -step : 0);
    if (step == 0) {
      error(diag::Code::NotComptime, call_paren(call), "range() step must not be zero");
    } else if (count > kMaxUnroll) {
      error(diag::Code::NotSupportedYet, call_paren(call),
            "a 'comptime for' of more than 10000 iterations is not supported yet")
          .with_help("use a plain 'for' when the loop variable need not be a compile-time value");
    } else {
      std::size_t errors_before = diags.error_count();
      for (__int128 i = start; step > 0 ? i < stop : i > stop; i += step) {
        tir::ParamValue v;
        v.value = std::make_shared<tir::IntConst>(types::int_(), s.target->span, i);
        tir::Block body;
        body_with(&v, body);
        if (!body.empty()) out.push_back(plain_block(s.span, std::move(body)));
        if (diags.error_count() != errors_before) break;  // one report, not one per iteration
      }
    }
  }
  loop_depth = saved_depth;
  in_comptime_for = saved_in;
}

bool Checker::check_constraint(const ast::Expr& cond, const ast::Expr* message, Span at, Span call_at, bool is_assert) {
  tir::ExprPtr c = check_condition(cond);
  if (c->type->kind == TypeKind::Invalid) return false;
  std::string msg;
  if (message) {
    tir::ExprPtr m = check_expr(*message);
    if (m->type->kind == TypeKind::Invalid) return false;
    if (m->kind != tir::ExprKind::StringConst) {
      error(diag::Code::NotComptime, message->span, "the message must be a string literal");
      return false;
    }
    msg = m->as<tir::StringConst>().value;
  }
  if (is_symbolic(*c) || in_generic_body()) return true;  // decided per instance
  std::string why;
  Span where = cond.span;
  tir::ExprPtr v = comptime_fold(c, &why, &where);
  if (!v || v->kind != tir::ExprKind::BoolConst) {
    error(diag::Code::NotComptime, where, std::string(is_assert ? "a 'comptime assert'" : "a constraint") +
                                              " must be decidable at compile time" + (why.empty() ? "" : ": " + why))
        .with_help(is_assert ? "use 'assert' or 'debug_assert' for a run-time check" : "");
    return false;
  }
  if (!v->as<tir::BoolConst>().value) report_constraint(msg, at, call_at);
  return v->as<tir::BoolConst>().value;
}

// Mojo reports a failed constraint where elaboration started: 1.x at the
// function the chain of instantiations starts from, 0.25 at the first call
// in the user's file; notes walk the chain down to the constraint.
void Checker::report_constraint(const std::string& msg, Span at, Span call_at) {
  std::vector<const tir::Function*> chain;  // innermost first
  const tir::Function* root = fn;
  while (root && instance_sites.count(root)) {
    chain.push_back(root);
    root = instance_sites.at(root).from;
  }
  Span loc = mod->edition.legacy ? (chain.empty() ? call_at : instance_sites.at(chain.back()).site)
                                 : (root ? root->span : at);
  const tir::Function* saved = checking_instance;
  checking_instance = nullptr;  // the chain is told below, Mojo's way
  std::string text = "constraint failed: " + msg;
  auto& d = error(diag::Code::ConstraintFailed, loc, "function instantiation failed: " + text);
  for (std::size_t i = chain.size(); i-- > 0;) {
    const tir::Function* inst = chain[i];
    std::string vals;
    if (auto ps = fn_params.find(inst->instance_of); ps != fn_params.end())
      for (std::size_t k = 0; k < inst->param_values.size() && k < ps->second.size(); ++k)
        vals += (vals.empty() ? "" : ", ") + ("\"" + ps->second[k].name + "\": ") + param_display(inst->param_values[k]);
    d.note(instance_sites.at(inst).site, "call expansion failed with parameter value(s): (" + vals + ")");
    d.note(inst->instance_of ? inst->instance_of->span : inst->span, "function instantiation failed");
  }
  d.note(at, text);
  checking_instance = saved;
}

}  // namespace mojoc::sema
