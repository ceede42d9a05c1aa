// Assignments.
//
//   x = v        ⟶ Assign(LocalRef x, coerce(v, typeof x))
//   x = v (new)  ⟶ VarDecl(x, v)     (legacy `def`: assigning introduces a variable;
//                                      26.2+ requires `var`: E0311)
//   a = b = v    ⟶ Assign(a, v); Assign(b, LocalRef a)
//   _ = v        ⟶ ExprStmt(v) if v has effects, else nothing
//   x += v       ⟶ Assign(x, Op(Add, x, v))
//   p.x = v      ⟶ Assign(FieldRef(p, x), v)     (p must be a mutable place)
//   a = b        (structs) ⟶ Assign(a, Copy(b)); the old value of a is destroyed (lifetimes.cpp)
//   p[i] = v     ⟶ ExprStmt(Call(P.__setitem__, [p, i, v]))
//   a += b       (structs) ⟶ ExprStmt(Call(P.__iadd__, [a, b]))   (no fallback to __add__)
//   _ = x^       ⟶ Destroy(x);   _ = x  ⟶ a use of x (keeps it alive up to here)
#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// Resolves a `name = ...` target to a mutable local; reports otherwise.
tir::Local* target_local(Checker& c, const ast::Expr& t) {
  const auto& name = t.as<ast::NameExpr>().name;
  const Symbol* s = c.lookup(name);
  if (!s) return nullptr;
  if (s->kind == Symbol::Kind::Constant) {
    c.error(diag::Code::AssignToConstant, t.span, "cannot assign to compile-time constant '" + name + "'");
    return nullptr;
  }
  if (s->kind != Symbol::Kind::Local) {
    c.error(diag::Code::NotAssignable, t.span, "cannot assign to '" + name + "'");
    return nullptr;
  }
  if (!s->local->is_mutable) {
    c.error(diag::Code::ImmutableAssign, t.span,
            c.in_place_op ? "expression must be mutable for in-place operator" : "expression must be mutable in assignment")
        .note(s->local->span, "'" + name + "' is a read-only argument");
    return nullptr;
  }
  return s->local;
}
}  // namespace

// The place an assignment writes: a local (LocalRef) or a field (FieldRef).
tir::ExprPtr Checker::assign_target(const ast::Expr& t) {
  if (t.kind == ast::ExprKind::Name) {
    tir::Local* l = target_local(*this, t);
    if (!l) return nullptr;
    return std::make_shared<tir::LocalRef>(l, t.span);
  }
  if (t.kind == ast::ExprKind::Attribute) {
    bool saved = assigning_field;
    assigning_field = true;
    auto place = check_attribute_value(t.as<ast::AttributeExpr>());
    assigning_field = saved;
    if (place->type->kind == TypeKind::Invalid) return nullptr;
    if (place->kind != tir::ExprKind::FieldRef) {
      error(diag::Code::NotAssignable, expr_loc(t), "expression must be mutable in assignment: this is not a field");
      return nullptr;
    }
    auto& f = place->as<tir::FieldRef>();
    if (!is_lvalue(*f.object) || !is_mutable_place(*f.object)) {
      const tir::Local* root = root_local(*f.object);
      auto& d = error(diag::Code::ImmutableAssign, expr_loc(t),
                      in_place_op ? "expression must be mutable for in-place operator" : "expression must be mutable in assignment");
      if (root && root->is_param)
        d.note(root->span, "'" + root->name + "' is " +
                               (root == (fn ? fn->self : nullptr) ? std::string("an immutable 'self'; declare it 'mut self'")
                                                                  : "a read-only argument"));
      return nullptr;
    }
    // assigning a field of `out self` initializes it
    if (fn && f.object->kind == tir::ExprKind::LocalRef && f.object->as<tir::LocalRef>().local == fn->self)
      uninit_fields.erase(f.index);
    return place;
  }
  if (t.kind == ast::ExprKind::Call) {
    // only a `ref` result can be assigned through
    auto place = check_expr(t);
    if (place->type->kind == TypeKind::Invalid) return nullptr;
    if (place->kind == tir::ExprKind::Call && place->as<tir::Call>().callee->returns_ref) {
      if (!is_mutable_place(*place)) {
        error(diag::Code::ImmutableAssign, expr_loc(t), "expression must be mutable in assignment")
            .with_help("the 'ref' result aliases a value that is not mutable here");
        return nullptr;
      }
      return place;
    }
    error(diag::Code::InvalidAssignTarget, t.span, "cannot assign to this expression: the call does not return a 'ref'")
        .with_label("not assignable");
    return nullptr;
  }
  if (t.kind == ast::ExprKind::Tuple) unsupported(t.span, "tuple assignment");
  else error(diag::Code::NotAssignable, t.span, "cannot assign to this expression");
  return nullptr;
}

// obj[i, j] = v  ⟶  obj.__setitem__(i, j, v)
bool Checker::check_setitem(const ast::SubscriptExpr& t, tir::ExprPtr value, Span span, tir::Block& out) {
  auto obj = check_expr(*t.object);
  if (obj->type->kind == TypeKind::Invalid || value->type->kind == TypeKind::Invalid) return true;
  if (!types::is_simd(obj->type) && obj->type->kind != TypeKind::Pointer) value = materialize(value);
  if (obj->type->kind == TypeKind::Pointer) {
    auto place = pointer_index(obj, t);
    if (place->type->kind == TypeKind::Invalid) return true;
    out.push_back(std::make_unique<tir::Assign>(span, place, take(coerce(value, place->type), value->span)));
    return true;
  }
  if (types::is_simd_like(obj->type) && !types::is_simd(obj->type) && obj->type != types::int_() && t.indices.size() == 1) {
    // x[0] = v on a scalar (a SIMD of width 1): the whole value
    auto i = coerce(materialize(check_expr(*t.indices[0].value)), types::int_(), "as a lane index");
    if (i->type->kind == TypeKind::Invalid) return true;
    if (!is_mutable_place(*obj)) {
      error(diag::Code::ImmutableAssign, t.object->span, "expression must be mutable in assignment");
      return true;
    }
    out.push_back(std::make_unique<tir::Assign>(span, obj, coerce(value, obj->type, "as a SIMD lane")));
    return true;
  }
  if (types::is_simd(obj->type)) {  // v[i] = x: one lane
    if (t.indices.size() != 1 || !t.indices[0].keyword.empty()) {
      error(diag::Code::InvalidOperands, t.span, "a SIMD value takes one index: 'v[i]'");
      return true;
    }
    if (!is_mutable_place(*obj)) {
      error(diag::Code::ImmutableAssign, t.object->span, "expression must be mutable in assignment");
      return true;
    }
    auto st = simd_lane_store(obj, check_expr(*t.indices[0].value), value, span);
    if (st->type->kind != TypeKind::Invalid) out.push_back(std::make_unique<tir::ExprStmt>(span, st));
    return true;
  }
  if (obj->type->kind == TypeKind::Variadic) {
    auto place = check_subscript(t);
    if (place->type->kind == TypeKind::Invalid) return true;
    if (!is_mutable_place(*place)) {
      error(diag::Code::ImmutableAssign, find_after(t.object->span, "["), "expression must be mutable in assignment")
          .with_help("declare the arguments 'mut *" + types::display(obj->type->elem) + "' to change them");
      return true;
    }
    out.push_back(std::make_unique<tir::Assign>(span, place, take(coerce(value, place->type), value->span)));
    return true;
  }
  if (!types::is_struct(obj->type) && obj->type->kind != TypeKind::TypeParam) {
    unsupported(t.span, "assignment to an element");
    return true;
  }
  if ((!has_method(obj->type, "__setitem__") && has_method(obj->type, "__getitem__")) || is_tuple(obj->type)) {
    // xs[i] = v through a `ref` result of __getitem__ (Mojo's List), t[0] = v on a tuple
    auto place = check_subscript(t);
    if (place->type->kind == TypeKind::Invalid) return true;
    if (place->kind == tir::ExprKind::Call && place->as<tir::Call>().callee->returns_ref) {
      if (!is_mutable_place(*place)) {
        error(diag::Code::ImmutableAssign, find_after(t.object->span, "["), "expression must be mutable in assignment")
            .with_help("the 'ref' result aliases a value that is not mutable here");
        return true;
      }
      out.push_back(std::make_unique<tir::Assign>(span, place, take(coerce(value, place->type), value->span)));
      return true;
    }
  }
  std::vector<tir::ExprPtr> args;
  for (auto& i : t.indices) {
    auto v = check_expr(*i.value);
    if (v->type->kind == TypeKind::Invalid) return true;
    args.push_back(v);
  }
  args.push_back(value);
  auto call = call_dunder(obj, "__setitem__", std::move(args), span);
  if (!call) {
    error(diag::Code::InvalidOperands, find_after(point(t.object->span.file, t.object->span.end ? t.object->span.end - 1 : t.span.begin), "["),
          "expression must be mutable in assignment: '" + types::display(obj->type) +
              "' does not implement the '__setitem__' method");
    return true;
  }
  if (call->type->kind != TypeKind::Invalid) out.push_back(std::make_unique<tir::ExprStmt>(span, call));
  return true;
}

// obj[i] += v  ⟶  obj.__setitem__(i, obj.__getitem__(i) + v)   (obj a place, i evaluated twice: pure only)
void Checker::check_aug_setitem(tir::ExprPtr obj, const ast::SubscriptExpr& t, const ast::AugAssignStmt& s,
                                tir::Block& out) {
  if (!is_lvalue(*obj)) {
    error(diag::Code::ImmutableAssign, t.object->span, "expression must be mutable in assignment");
    return;
  }
  std::vector<tir::ExprPtr> idx;
  for (auto& i : t.indices) {
    auto v = check_expr(*i.value);
    if (v->type->kind == TypeKind::Invalid) return;
    if (tir::has_effects(*v)) {
      unsupported(i.span, "an index with side effects in an augmented assignment");
      return;
    }
    idx.push_back(v);
  }
  auto cur = call_dunder(obj, "__getitem__", idx, t.span);
  if (!cur) {
    error(diag::Code::InvalidOperands, t.span, "'" + types::display(obj->type) + "' is not subscriptable: it has no '__getitem__'");
    return;
  }
  if (cur->type->kind == TypeKind::Invalid) return;
  auto rhs = check_expr(*s.value);
  if (rhs->type->kind == TypeKind::Invalid) return;
  auto v = binary_op(s.op, cur, rhs, s.span, s.span);
  if (v->type->kind == TypeKind::Invalid) return;
  // the index is read twice; __setitem__ may own its copy (`var key: K`):
  // Mojo updates through a reference and copies nothing, so no implicit-copy rule applies
  for (auto& i : idx)
    if (is_lvalue(*i) && types::is_struct(i->type) && is_copyable(i->type)) {
      auto c = std::make_shared<tir::Copy>(i->span, i);
      c->is_explicit = true;
      i = c;
    }
  idx.push_back(v);
  auto call = call_dunder(obj, "__setitem__", idx, s.span);
  if (!call) {
    error(diag::Code::ImmutableAssign, t.span, "expression must be mutable in assignment")
        .with_help("'" + types::display(obj->type) + "' has no '__setitem__'");
    return;
  }
  if (call->type->kind != TypeKind::Invalid) out.push_back(std::make_unique<tir::ExprStmt>(s.span, call));
}

void Checker::check_assign(const ast::AssignStmt& s, tir::Block& out) {
  // `_ = x^` ends x's life here; `_ = x` keeps it alive up to here
  if (s.targets.size() == 1 && s.targets[0]->kind == ast::ExprKind::Name &&
      s.targets[0]->as<ast::NameExpr>().name == "_" && !lookup("_")) {
    auto value = check_expr(*s.value);
    if (value->type->kind == TypeKind::Invalid) return;
    if (value->kind == tir::ExprKind::Move && value->as<tir::Move>().operand->kind == tir::ExprKind::LocalRef) {
      out.push_back(std::make_unique<tir::Destroy>(s.span, value->as<tir::Move>().operand));
      return;
    }
    if (is_lvalue(*value)) {
      out.push_back(std::make_unique<tir::ExprStmt>(s.span, value));
      return;
    }
    if (tir::has_effects(*value)) out.push_back(std::make_unique<tir::ExprStmt>(s.span, borrow(value)));
    return;
  }
  if (s.targets.size() == 1 && s.targets[0]->kind == ast::ExprKind::Tuple)
    return check_assign_destructure(s.targets[0]->as<ast::TupleExpr>(), *s.value, s.span, out);  // check_tuples.cpp
  auto value = check_expr(*s.value);
  tir::ExprPtr first;
  for (auto& t : s.targets) {
    if (t->kind == ast::ExprKind::Name && t->as<ast::NameExpr>().name == "_") continue;
    if (t->kind == ast::ExprKind::Name && lookup(t->as<ast::NameExpr>().name) &&
        lookup(t->as<ast::NameExpr>().name)->kind == Symbol::Kind::Poisoned)
      continue;  // already reported
    if (t->kind == ast::ExprKind::Subscript) {
      check_setitem(t->as<ast::SubscriptExpr>(), first ? first : value, s.span, out);
      continue;
    }
    if (t->kind == ast::ExprKind::Name && !lookup(t->as<ast::NameExpr>().name)) {
      const std::string& name = t->as<ast::NameExpr>().name;
      if (!mod->edition.legacy) {
        // Mojo 26.2+ requires `var` for every new name.
        error(diag::Code::ImplicitDeclaration, t->span,
              "implicit declaration of '" + name + "' is not allowed; add 'var' to declare a new name")
            .with_help("write 'var " + name + " = ...' the first time the name is assigned");
        Scope* top = scope;  // later uses anywhere in the function stay silent
        while (top->parent()) top = top->parent();
        poison(*top, name);
        continue;
      }
      auto v = materialize(value);
      if (v->type->kind == TypeKind::NoneType) {
        error(diag::Code::TypeMismatch, s.value->span, "cannot store a 'None' result in a variable");
        return;
      }
      tir::ExprPtr init = first ? take(first, s.span) : take(v, expr_loc(*s.value));
      if (scope->parent() == nullptr) {  // function scope: an ordinary declaration
        tir::Local* l = new_local(name, v->type, t->span);
        out.push_back(std::make_unique<tir::VarDecl>(s.span, l, init));
        if (!first) first = std::make_shared<tir::LocalRef>(l, t->span);
        continue;
      }
      tir::Local* l = hoist_implicit(name, v->type, t->span);
      out.push_back(std::make_unique<tir::Assign>(s.span, std::make_shared<tir::LocalRef>(l, t->span), init));
      if (!first) first = std::make_shared<tir::LocalRef>(l, t->span);
      continue;
    }
    tir::ExprPtr place = assign_target(*t);
    if (!place) continue;
    if (place->kind == tir::ExprKind::LocalRef) {
      const tir::Local* l = place->as<tir::LocalRef>().local;
      mark_initialized(l);
      moved_at.erase(l);
      if (fn && l == fn->self) uninit_fields.clear();  // `self = Other(...)` in a constructor
    }
    tir::ExprPtr v = first ? first : value;
    v = take(coerce(v, place->type), first ? s.span : expr_loc(*s.value));
    out.push_back(std::make_unique<tir::Assign>(s.span, place, v));
    if (!first) first = place;
  }
}

// A legacy `def` variable declared by assignment inside a block has function
// scope (it is visible after the block, as in Python):
//   if c:            ⟶ VarDecl(y)            at the top of the function body
//       y = 5        ⟶ Assign(y, 5)          here
// Until every path assigns it, a use is E0307 (uninitialized), as in Mojo 0.25.
tir::Local* Checker::hoist_implicit(const std::string& name, Type t, Span span) {
  Scope* inner = scope;
  while (scope->parent()) scope = scope->parent();
  tir::Local* l = new_local(name, t, span);
  scope = inner;
  fn->body.insert(fn->body.begin(), std::make_unique<tir::VarDecl>(span, l, nullptr));
  hoisted.push_back(l);
  return l;
}

void Checker::check_aug_assign(const ast::AugAssignStmt& s, tir::Block& out) {
  if (s.target->kind == ast::ExprKind::Name && !lookup(s.target->as<ast::NameExpr>().name)) {
    check_name(s.target->as<ast::NameExpr>());  // reports the unknown name
    return;
  }
  tir::ExprPtr place;
  if (s.target->kind == ast::ExprKind::Call) {
    // f() += v through a `ref` result: the call runs once, into a reference
    place = assign_target(*s.target);
    if (!place) return;
    tir::Local* raw = fn->add_hidden_local("ref", place->type, s.target->span);
    raw->is_ref = true;
    raw->is_mutable = true;
    out.push_back(std::make_unique<tir::VarDecl>(s.target->span, raw, place));
    place = std::make_shared<tir::LocalRef>(raw, s.target->span);
  } else if (s.target->kind == ast::ExprKind::Subscript) {
    // p[i] += v on a pointer; obj[i] += v through __getitem__/__setitem__
    auto& sub = s.target->as<ast::SubscriptExpr>();
    auto obj = check_expr(*sub.object);
    if (obj->type->kind == TypeKind::Invalid) return;
    if (obj->type->kind == TypeKind::Pointer) {
      place = pointer_index(obj, sub);
    } else if (types::is_simd(obj->type)) {
      // v[i] += x: v.set(i, v.get(i) + x) (v is a place, read twice)
      if (!is_mutable_place(*obj)) {
        error(diag::Code::ImmutableAssign, sub.object->span, "expression must be mutable for in-place operator destination");
        return;
      }
      auto lane = simd_index(obj, sub);
      if (lane->type->kind == TypeKind::Invalid) return;
      auto rhs = check_expr(*s.value);
      auto sum = binary_op(s.op, lane, rhs, s.span, s.span);
      if (sum->type->kind == TypeKind::Invalid) return;
      auto st = simd_lane_store(obj, lane->as<tir::Op>().operands.size() > 1 ? lane->as<tir::Op>().operands[1] : lane, sum, s.span);
      if (st->type->kind != TypeKind::Invalid) out.push_back(std::make_unique<tir::ExprStmt>(s.span, st));
      return;
    } else if (obj->type->kind == TypeKind::Variadic) {
      place = check_subscript(sub);  // values[i] += v on `mut *values`
      if (place->type->kind == TypeKind::Invalid) return;
      if (!is_mutable_place(*place)) {
        error(diag::Code::ImmutableAssign, sub.object->span, "expression must be mutable for in-place operator destination");
        return;
      }
    } else if ((!has_method(obj->type, "__setitem__") && has_method(obj->type, "__getitem__")) || is_tuple(obj->type)) {
      // xs[i] += v through a `ref` result: the element is updated in place
      place = check_subscript(sub);
      if (place->type->kind == TypeKind::Invalid) return;
      if (place->kind != tir::ExprKind::Call || !place->as<tir::Call>().callee->returns_ref || !is_mutable_place(*place)) {
        error(diag::Code::ImmutableAssign, sub.object->span, "expression must be mutable for in-place operator destination");
        return;
      }
      tir::Local* raw = fn->add_hidden_local("ref", place->type, s.target->span);
      raw->is_ref = true;
      raw->is_mutable = true;
      out.push_back(std::make_unique<tir::VarDecl>(s.target->span, raw, place));
      place = std::make_shared<tir::LocalRef>(raw, s.target->span);
    } else {
      return check_aug_setitem(obj, sub, s, out);
    }
  } else if (s.target->kind != ast::ExprKind::Call) {
    in_place_op = true;
    place = assign_target(*s.target);
    in_place_op = false;
  }
  if (!place) return;
  auto rhs = check_expr(*s.value);
  if (rhs->type->kind == TypeKind::Invalid) return;
  if (types::is_struct(place->type) || place->type->kind == TypeKind::TypeParam) {
    // a += b  ⟶  a.__iadd__(b); there is no fallback to __add__ (as in Mojo)
    std::string name = std::string("__i") + dunder_stem(s.op) + "__";
    auto call = call_dunder(place, name, {rhs}, s.span);
    if (!call) {
      Span op_at = find_after(point(s.target->span.file, s.target->span.end ? s.target->span.end - 1 : s.span.begin),
                              std::string(ast::spelling(s.op)) + "=");
      error(diag::Code::InvalidOperands, op_at,
            std::string("invalid operand types for '") + ast::spelling(s.op) + "=': '" + types::display(place->type) +
                "' does not implement the '" + name + "' method")
          .with_help("define '" + name + "(mut self, rhs)'; Mojo does not fall back to '__" + dunder_stem(s.op) + "__'");
      return;
    }
    if (call->type->kind != TypeKind::Invalid) out.push_back(std::make_unique<tir::ExprStmt>(s.span, call));
    return;
  }
  auto v = binary_op(s.op, place, rhs, s.span, s.span);
  if (v->type->kind == TypeKind::Invalid) return;
  v = coerce(v, place->type);
  out.push_back(std::make_unique<tir::Assign>(s.span, place, v));
}

}  // namespace mojoc::sema
