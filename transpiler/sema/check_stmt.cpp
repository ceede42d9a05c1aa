// Statement dispatch.  Each statement kind has its own file; constructs the
// core language does not cover yet get one E0901 at their span.
//
//   f(x)     (expression statement)  ⟶ ExprStmt(Call f)
//   pass                             ⟶ (nothing)
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_block(const ast::Block& in, tir::Block& out) {
  for (auto& s : in) {
    if (!s) continue;
    std::size_t at = out.size();
    check_stmt(*s, out);
    if (!untyped_literals.empty()) report_untyped_literals();
    // lambdas the statement's expressions hold are declared just before it
    if (!pending_stmts.empty()) {
      for (auto& p : pending_stmts) out.insert(out.begin() + static_cast<std::ptrdiff_t>(at++), std::move(p));
      pending_stmts.clear();
    }
  }
}

void Checker::check_stmt(const ast::Stmt& s, tir::Block& out) {
  // the innermost statement of a comprehension's loops (check_collection_literals.cpp)
  for (auto* c : comprehensions)
    if (&s == c->sink) return c->add_element(out);
  switch (s.kind) {
    case ast::StmtKind::Expr: {
      auto& es = s.as<ast::ExprStmt>();
      // a bare string literal is a docstring-like comment; `...` is an empty body
      if (es.expr->kind == ast::ExprKind::StringLit || es.expr->kind == ast::ExprKind::Ellipsis) return;
      // constrained[cond, "msg"](): decided at compile time, leaves nothing behind
      if (es.expr->kind == ast::ExprKind::Call) {
        auto& call = es.expr->as<ast::CallExpr>();
        if (call.callee->kind == ast::ExprKind::Subscript && call.args.empty()) {
          auto& sub = call.callee->as<ast::SubscriptExpr>();
          if (sub.object->kind == ast::ExprKind::Name && sub.object->as<ast::NameExpr>().name == "constrained" &&
              !lookup("constrained") && !sub.indices.empty() && sub.indices.size() <= 2) {
            check_constraint(*sub.indices[0].value, sub.indices.size() == 2 ? sub.indices[1].value.get() : nullptr,
                             sub.object->span, find_after(find_after(sub.object->span, "]"), "("), false);
            return;
          }
        }
      }
      auto e = check_expr(*es.expr);
      if (e->type->kind == TypeKind::Invalid) return;
      if (types::is_literal(e->type)) return;  // a constant with no effect
      // a discarded value with a destructor dies right here
      out.push_back(std::make_unique<tir::ExprStmt>(s.span, is_lvalue(*e) ? e : borrow(e)));
      return;
    }
    case ast::StmtKind::Var: return check_var(s.as<ast::VarStmt>(), out);
    case ast::StmtKind::Assign: return check_assign(s.as<ast::AssignStmt>(), out);
    case ast::StmtKind::AugAssign: return check_aug_assign(s.as<ast::AugAssignStmt>(), out);
    case ast::StmtKind::Pass: return;
    case ast::StmtKind::Break:
    case ast::StmtKind::Continue: return check_break_continue(s, out);
    case ast::StmtKind::Return: return check_return(s.as<ast::ReturnStmt>(), out);
    case ast::StmtKind::Raise: return check_raise(s.as<ast::RaiseStmt>(), out);
    case ast::StmtKind::If: return check_if(s.as<ast::IfStmt>(), out);
    case ast::StmtKind::While: return check_while(s.as<ast::WhileStmt>(), out);
    case ast::StmtKind::For: return check_for(s.as<ast::ForStmt>(), out);
    case ast::StmtKind::Try: return check_try(s.as<ast::TryStmt>(), out);
    case ast::StmtKind::Comptime: {
      auto* g = check_comptime(s.as<ast::ComptimeStmt>(), nullptr);
      if (g) out.push_back(std::make_unique<tir::ConstDecl>(s.span, g));
      else poison(*scope, s.as<ast::ComptimeStmt>().name);
      return;
    }
    case ast::StmtKind::With: return check_with(s.as<ast::WithStmt>(), out);
    case ast::StmtKind::Function: return check_nested_def(s.as<ast::FunctionDef>(), out);  // check_closures.cpp
    case ast::StmtKind::Struct:
      unsupported(s.span, "struct");
      poison(*scope, s.as<ast::StructDef>().name);
      return;
    case ast::StmtKind::Trait: unsupported(s.span, "trait"); return;
    case ast::StmtKind::Import:
    case ast::StmtKind::FromImport: unsupported(s.span, "import inside a function"); return;
    case ast::StmtKind::Assert: {
      auto& a = s.as<ast::AssertStmt>();
      if (a.comptime) {
        check_constraint(*a.cond, a.message.get(), s.span, s.span, true);  // check_comptime_flow.cpp
        // `comptime assert False` ends its path (a not-taken branch needs no return)
        if (a.cond->kind == ast::ExprKind::BoolLit && !a.cond->as<ast::BoolLitExpr>().value)
          out.push_back(std::make_unique<tir::Raise>(s.span));
      }
      else unsupported(s.span, "assert statement");
      return;
    }
    case ast::StmtKind::Del: unsupported(s.span, "'del' statement"); return;
  }
}

}  // namespace mojoc::sema
