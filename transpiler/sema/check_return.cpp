// return.
//
//   return v   in  fn f() -> T   ⟶ Return(coerce(v, T))
//   return     in  fn f()        ⟶ Return(null)
#include "sema/checker.hpp"

namespace mojoc::sema {

void Checker::check_return(const ast::ReturnStmt& s, tir::Block& out) {
  if (!fn) {
    error(diag::Code::ReturnOutsideFunction, s.span);
    return;
  }
  bool is_ctor = fn->method_kind == tir::MethodKind::Init || fn->method_kind == tir::MethodKind::Copy ||
                 fn->method_kind == tir::MethodKind::Move;
  if (is_ctor || fn->out_result) {
    if (s.value) {
      error(diag::Code::ReturnTypeMismatch, s.value->span, "a constructor cannot return a value");
      return;
    }
    check_ctor_return(s.span);
    out.push_back(std::make_unique<tir::Return>(s.span, nullptr));
    return;
  }
  tir::ExprPtr v;
  if (s.value) {
    v = check_expr(*s.value);
    if (fn->result == types::none()) {
      if (v->type->kind != TypeKind::Invalid)
        error(diag::Code::ReturnTypeMismatch, s.value->span, "cannot return a value from a function without a result type")
            .with_help("declare the result type: '-> " + types::display(types::materialize(v->type)) + "'");
      out.push_back(std::make_unique<tir::Return>(s.span, nullptr));
      return;
    }
    if (v->type->kind != TypeKind::Invalid && conversion_cost(*v, fn->result) < 0) {
      error(diag::Code::ReturnTypeMismatch, expr_loc(*s.value),
            "cannot implicitly convert '" + types::display(v->type) + "' value to '" + types::display(fn->result) +
                "' in return value");
      out.push_back(std::make_unique<tir::Return>(s.span, invalid(s.value->span)));
      return;
    }
    v = coerce(v, fn->result);
    if (fn->returns_ref) {
      // a ref result names a place; nothing is copied
      if (v->type->kind != TypeKind::Invalid && !is_lvalue(*v)) {
        error(diag::Code::ReturnTypeMismatch, expr_loc(*s.value), "a 'ref' result must be a variable, a field or an element");
        out.push_back(std::make_unique<tir::Return>(s.span, invalid(s.value->span)));
        return;
      }
      // it must outlive the call: a place inside a `ref`/`mut`/read argument or self, never a
      // local or an owned argument (a C++ reference to those would dangle)
      if (const tir::Local* root = root_local(*v);
          root && !(root->is_param && root->convention != ast::Convention::Owned) && !root->ref_root) {
        error(diag::Code::ReturnTypeMismatch, expr_loc(*s.value),
              "cannot return reference with incompatible origin: '" + root->name + "' does not outlive the call")
            .with_help("return a field of a 'ref' argument or of 'self'");
        out.push_back(std::make_unique<tir::Return>(s.span, invalid(s.value->span)));
        return;
      }
      // a place that cannot be written (a read argument, a read self) makes the result read-only
      if (!is_mutable_place(*v)) {
        const tir::Local* root = root_local(*v);
        if (!root || root->convention != ast::Convention::Ref) fn->ref_result_immutable = true;
      }
      out.push_back(std::make_unique<tir::Return>(s.span, v));
      return;
    }
    // `return x` copies like any other use (so a non-ImplicitlyCopyable x
    // needs `x^`); at x's last use lifetimes.cpp turns the copy into a move.
    v = take(v, expr_loc(*s.value));
  } else if (fn->result != types::none()) {
    error(diag::Code::ReturnTypeMismatch, s.span,
          "missing return value: function returns '" + types::display(fn->result) + "'");
    out.push_back(std::make_unique<tir::Return>(s.span, invalid(s.span)));
    return;
  }
  out.push_back(std::make_unique<tir::Return>(s.span, v));
}

}  // namespace mojoc::sema
