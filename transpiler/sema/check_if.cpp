// if / elif / else.
//
//   if c: A elif d: B else: C   ⟶ If(c, A, [If(d, B, C)])   (each branch its own scope)
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_if(const ast::IfStmt& s, tir::Block& out) {
  if (s.comptime) return check_comptime_if(s, out);  // check_comptime_flow.cpp
  auto node = std::make_unique<tir::If>(s.span);
  node->cond = check_condition(*s.cond);
  auto before = init_state();
  auto fields_before = uninit_fields;  // a constructor's fields not yet assigned
  push_scope();
  check_block(s.then, node->then);
  pop_scope();
  auto after_then = init_state();
  auto fields_then = uninit_fields;
  uninit = as_of(before);
  uninit_fields = fields_before;
  push_scope();
  check_block(s.orelse, node->orelse);
  pop_scope();
  // definitely initialized afterwards = initialized on every branch that falls through
  bool then_ends = block_terminates(node->then), else_ends = block_terminates(node->orelse);
  if (then_ends && !else_ends) {
  } else if (else_ends && !then_ends) {
    uninit = as_of(after_then);
    uninit_fields = fields_then;
  } else {
    auto then_uninit = as_of(after_then);
    uninit.insert(then_uninit.begin(), then_uninit.end());
    uninit_fields.insert(fields_then.begin(), fields_then.end());
  }
  node->else_is_elif = s.orelse.size() == 1 && s.orelse[0]->kind == ast::StmtKind::If &&
                       s.orelse[0]->as<ast::IfStmt>().is_elif && node->orelse.size() == 1 &&
                       node->orelse[0]->kind == tir::StmtKind::If;
  out.push_back(std::move(node));
}

}  // namespace mojoc::sema
