// Ownership: where values are copied, moved, borrowed, and when a use is
// illegal because the value was transferred.
//
//   var b = a          (a: ImplicitlyCopyable P)   ⟶ VarDecl(b, Copy(a))
//   var b = a          (a: Copyable only)          ⟶ E0313, help: `a.copy()` or `a^`
//   var b = a^                                     ⟶ VarDecl(b, Move(a)); a is uninitialized again
//   print(a.x)         (after a^)                  ⟶ E0312, with a note at the `^`
//   f(a)  f(read x: P)                             ⟶ Call(f, [a])            (borrowed, no copy)
//   f(a)  f(var x: P)                              ⟶ Call(f, [Copy(a)])
//   f(P(1)) f(read x: P), P has a destructor       ⟶ Call(f, [TempRef(t, P(1))]); t destroyed after the call
#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// Values whose copies and moves are user-visible operations (struct
// constructors); scalars and strings are plain values in the generated code.
bool has_lifecycle(Type t) { return t->kind == TypeKind::Struct || t->kind == TypeKind::TypeParam; }
}  // namespace

bool Checker::is_lvalue(const tir::Expr& e) {
  if (e.kind == tir::ExprKind::LocalRef || e.kind == tir::ExprKind::Deref) return true;
  if (e.kind == tir::ExprKind::Call && e.as<tir::Call>().callee->returns_ref) return true;  // a `ref` result
  if (e.kind == tir::ExprKind::FieldRef) return is_lvalue(*e.as<tir::FieldRef>().object);
  return false;
}

const tir::Local* Checker::root_local(const tir::Expr& e) const {
  if (e.kind == tir::ExprKind::LocalRef) return e.as<tir::LocalRef>().local;
  if (e.kind == tir::ExprKind::FieldRef) return root_local(*e.as<tir::FieldRef>().object);
  return nullptr;
}

bool Checker::is_mutable_place(const tir::Expr& e) const {
  if (e.kind == tir::ExprKind::Deref) {
    const sema::TypeInfo* pt = e.as<tir::Deref>().pointer->type;
    if (pt->kind == TypeKind::Variadic) return pt->thin;  // `mut *values` only
    return true;  // memory behind a pointer is always writable
  }
  if (e.kind == tir::ExprKind::Call) {
    // a `ref` result is as mutable as everything it may alias
    auto& c = e.as<tir::Call>();
    if (!c.callee->returns_ref || c.callee->ref_result_immutable) return false;
    for (std::size_t i = 0; i < c.args.size() && i < c.callee->params.size(); ++i)
      if (c.callee->params[i]->convention == ast::Convention::Ref && !is_mutable_place(*c.args[i])) return false;
    return true;
  }
  if (e.kind == tir::ExprKind::LocalRef) return e.as<tir::LocalRef>().local->is_mutable;
  if (e.kind == tir::ExprKind::FieldRef) return is_mutable_place(*e.as<tir::FieldRef>().object);
  return false;
}

tir::ExprPtr Checker::take(tir::ExprPtr e, Span span) {
  if (!e || e->type->kind == TypeKind::Invalid || e->kind == tir::ExprKind::Move) return e;
  if (!has_lifecycle(e->type) || !is_lvalue(*e)) return e;
  Type t = e->type;
  if (!is_implicitly_copyable(t)) {
    // Mojo checks this even where the copy would be the value's last use
    // (which it then turns into a move).
    auto& d = error(diag::Code::NotCopyable, span,
                    "value of type '" + types::display(t) +
                        "' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'");
    d.note(span, "consider transferring the value with '^'");
    if (is_copyable(t)) d.note(span, "you can copy it explicitly with '.copy()'");
    d.with_help(is_copyable(t) ? "write 'x^' to transfer it, or 'x.copy()' to copy it"
                               : "write 'x^' to transfer it (the type has no copy constructor)");
    return invalid(span);
  }
  return std::make_shared<tir::Copy>(span, e);
}

tir::ExprPtr Checker::check_transfer(const ast::TransferExpr& e) {
  // the '^' ends the transfer expression (the operand's own end is not always known)
  Span caret = e.span.end > e.span.begin ? point(e.span.file, e.span.end - 1) : e.span;
  if (sources.get(e.span.file).text.compare(caret.begin, 1, "^") != 0)
    caret = find_after(point(e.span.file, e.operand->span.begin), "^");
  Span saved = transfer_at;
  transfer_at = caret;
  tir::ExprPtr v = check_expr(*e.operand);
  transfer_at = saved;
  if (v->type->kind == TypeKind::Invalid) return v;
  const tir::Local* root = root_local(*v);
  if (!root) return v;  // `f()^` is a no-op on a fresh value
  if (!root->is_mutable || root->convention == ast::Convention::Read ||
      (root->is_param && root->convention == ast::Convention::Default)) {
    error(diag::Code::CannotTransfer, caret,
          "cannot transfer out of immutable reference: '" + root->name + "' is a read-only argument")
        .with_help("declare the argument 'var' to take ownership, or copy it");
    return invalid(e.span);
  }
  bool taken_apart = root->convention == ast::Convention::Deinit ||
                     (fn && fn->method_kind == tir::MethodKind::Move && !fn->params.empty() && fn->params[0] == root) ||
                     (fn && fn->method_kind == tir::MethodKind::Del && fn->self == root);
  if (v->kind == tir::ExprKind::FieldRef && !taken_apart) {
    // Only a value being taken apart (`deinit self`, a move constructor's
    // source) may give up single fields; anywhere else Mojo 1.x rejects it.
    auto& d = error(diag::Code::CannotTransfer, root->span,
                    "field '" + root->name + "." +
                        v->as<tir::FieldRef>().object->type->decl->fields[static_cast<std::size_t>(v->as<tir::FieldRef>().index)].name +
                        "' destroyed out of the middle of a value");
    d.note(caret, "the field is transferred here");
    d.with_help("copy the field instead, or transfer the whole value");
    return invalid(e.span);
  }
  if (v->kind == tir::ExprKind::LocalRef) {
    if (root->convention == ast::Convention::Out && fn && fn->self == root) {
      // `return self^`-style transfers of a constructor's result are plain reads
      return v;
    }
    uninit.insert(root);
    moved_at[root] = caret;
  }
  return std::make_shared<tir::Move>(e.span, v);
}

tir::ExprPtr Checker::borrow(tir::ExprPtr e) {
  if (!e || !fn || e->type->kind == TypeKind::Invalid || !needs_destroy(e->type)) return e;
  if (is_lvalue(*e) || e->kind == tir::ExprKind::TempRef) return e;
  tir::Local* raw = fn->add_hidden_local("tmp", e->type, e->span);
  raw->is_temporary = true;
  if (e->kind == tir::ExprKind::Move) e = e->as<tir::Move>().operand;
  return std::make_shared<tir::TempRef>(e->span, raw, e);
}

tir::ExprPtr Checker::pass_argument(tir::ExprPtr v, const tir::Local& param, Span at, const std::string& callee) {
  if (v->type->kind == TypeKind::Invalid) return v;
  if (param.convention == ast::Convention::Ref && ref_result_call) {
    // the result may alias this argument: it must be a place (a temporary would dangle)
    if (!is_lvalue(*v)) {
      error(diag::Code::ImmutableAssign, at,
            "invalid call to '" + callee + "': the 'ref' result may alias this argument, so it must be a variable")
          .with_help("store the value in a 'var' first");
      return invalid(at);
    }
    return v;
  }
  switch (param.convention) {
    case ast::Convention::Mut:
      if (!is_lvalue(*v) || !is_mutable_place(*v)) {
        const tir::Local* root = root_local(*v);
        bool receiver = param.name == "self";
        auto& d = error(diag::Code::ImmutableAssign, at,
                        receiver ? "invalid call to '" + callee + "': mutating method on rvalue or read-only value"
                                 : "invalid call to '" + callee + "': value passed to mutable argument '" + param.name +
                                       "' must be mutable");
        if (root && root->is_param) d.note(root->span, "'" + root->name + "' is a read-only argument");
        return invalid(at);
      }
      return v;
    case ast::Convention::Owned:
    case ast::Convention::Deinit:
      v = take(v, at);
      if (v->kind == tir::ExprKind::Move) {
        // a copy is needed no more: the callee owns the moved value itself
        auto m = std::make_shared<tir::Move>(v->span, v->as<tir::Move>().operand);
        m->elide = true;
        return m;
      }
      if (v->kind == tir::ExprKind::Copy) v->as<tir::Copy>().to_argument = true;
      return v;
    default:
      return borrow(v);
  }
}

}  // namespace mojoc::sema
