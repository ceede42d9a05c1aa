// Members: fields, methods, constructors, static methods, struct constants.
//
//   p.x              ⟶ FieldRef(p, 0) : Int
//   P(1, 2)          ⟶ Call(P.__init__, [1, 2]) : P
//   p.area()         ⟶ Call(P.area, [p])                (receiver first, by its convention)
//   p.grow(2)        ⟶ Call(P.grow, [p, 2])             (mut self: p must be a mutable place)
//   P.origin()       ⟶ Call(P.origin, [])               (@staticmethod)
//   p.copy()         ⟶ Copy(p)                          (Copyable)
//   P.N / Self.N     ⟶ the constant's value
//   x.area()  x: T   ⟶ Call(Shape.area, [x])            (T: Shape; resolved against the bound)
#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
tir::ExprPtr constant_copy(const tir::Global* g, Span span) {
  const tir::Expr& v = *g->value;
  switch (v.kind) {
    case tir::ExprKind::IntConst: return std::make_shared<tir::IntConst>(v.type, span, v.as<tir::IntConst>().value);
    case tir::ExprKind::FloatConst: return std::make_shared<tir::FloatConst>(v.type, span, v.as<tir::FloatConst>().value);
    case tir::ExprKind::BoolConst: return std::make_shared<tir::BoolConst>(span, v.as<tir::BoolConst>().value);
    case tir::ExprKind::StringConst:
      return std::make_shared<tir::StringConst>(v.type, span, v.as<tir::StringConst>().value);
    default: return nullptr;
  }
}
}  // namespace

tir::ExprPtr Checker::check_field(tir::ExprPtr obj, const ast::AttributeExpr& e) {
  Type t = obj->type;
  Span dot = find_before(e.name_span.valid() ? e.name_span : e.span, ".");
  if (types::is_struct(t)) {
    const tir::Struct& st = *t->decl;
    for (std::size_t i = 0; i < st.fields.size(); ++i) {
      if (st.fields[i].name != e.name) continue;
      // reading a field of `out self` before it was assigned
      if (fn && fn->self == root_local(*obj) && obj->kind == tir::ExprKind::LocalRef && uninit_fields.count(static_cast<int>(i)) &&
          !assigning_field) {
        error(diag::Code::FieldUninitialized, expr_loc(e), "use of uninitialized value 'self." + e.name + "'");
        uninit_fields.erase(static_cast<int>(i));
      }
      return std::make_shared<tir::FieldRef>(st.fields[i].type, e.span, borrow(obj), static_cast<int>(i));
    }
    auto it = struct_infos.find(&st);
    if (it != struct_infos.end()) {
      if (auto c = it->second->constants.find(e.name); c != it->second->constants.end())
        if (auto v = constant_copy(c->second, e.span)) return v;
      if (it->second->methods.count(e.name)) {
        if (assigning_field) {
          error(diag::Code::NotAssignable, expr_loc(e),
                "expression must be mutable in assignment: '" + e.name + "' is a method of '" + st.name + "'");
          return invalid(e.span);
        }
        unsupported(e.span, "using method '" + e.name + "' as a value");
        return invalid(e.span);
      }
    }
  }
  error(t->kind == TypeKind::TypeParam ? diag::Code::NotInTraitBound : diag::Code::UnknownAttribute, dot,
        "'" + types::display(t) + "' value has no attribute '" + e.name + "'");
  return invalid(e.span);
}

tir::ExprPtr Checker::construct(tir::Struct* st, const ast::CallExpr& e) {
  std::vector<ArgIn> args;
  if (!check_args(e, args)) return invalid(e.span);
  std::vector<tir::Function*> inits;
  if (auto* set = find_methods(st->type, "__init__"))
    for (auto* f : *set)
      if (f->method_kind == tir::MethodKind::Init || f->method_kind == tir::MethodKind::Copy ||
          f->method_kind == tir::MethodKind::Move)
        inits.push_back(f);
  if (inits.empty()) {
    error(diag::Code::NoMatchingOverload, call_paren(e), "'" + st->name + "' has no constructor")
        .note(st->span, "struct declared here")
        .with_help("add '@fieldwise_init' or define '__init__(out self, ...)'");
    return invalid(e.span);
  }
  return resolve_call(inits, st->name, std::move(args), nullptr, e.span, call_paren(e), /*is_init=*/true);
}

tir::ExprPtr Checker::call_method(tir::ExprPtr receiver, const std::vector<tir::Function*>& set, const std::string& name,
                                  const ast::CallExpr& e, Span) {
  std::vector<ArgIn> args;
  if (!check_args(e, args)) return invalid(e.span);
  return resolve_call(set, name, std::move(args), receiver, e.span, call_paren(e));
}

tir::ExprPtr Checker::call_dunder(tir::ExprPtr receiver, const std::string& name, std::vector<tir::ExprPtr> argv,
                                  Span span) {
  std::vector<tir::Function*> set;
  if (auto* s = find_methods(receiver->type, name)) set = *s;
  else if (receiver->type->kind == TypeKind::TypeParam)
    for (auto* b : receiver->type->bounds)
      if (auto* f = trait_method(b, name)) set.push_back(const_cast<tir::Function*>(f));
  if (set.empty()) return nullptr;
  std::vector<ArgIn> args;
  for (auto& a : argv) {
    // a call argument is located at its '(' (as Mojo reports it)
    Span at = a->span;
    if (a->kind == tir::ExprKind::Call && a->span.valid()) at = find_after(point(a->span.file, a->span.begin), "(");
    args.push_back(ArgIn{"", a, at});
  }
  return resolve_call(set, name, std::move(args), receiver, span, span);
}

// A method call on a value: struct methods, trait methods of a type
// parameter, `.copy()`, and the methods of built-in types (builtins.cpp).
tir::ExprPtr Checker::check_method_call(const ast::AttributeExpr& attr, const ast::CallExpr& e) {
  // P.create() / Self.create() / T.create(): static methods through the type
  if (attr.object->kind == ast::ExprKind::Name) {
    const std::string& n = attr.object->as<ast::NameExpr>().name;
    Type owner = nullptr;
    if (n == "Self" && cur_struct) owner = cur_struct->decl->type;
    else if (n == "Self" && trait_self) owner = trait_self;  // a trait's default body, checked generically
    else if (const Symbol* s = lookup(n); s && (s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::TypeParam ||
                                                 s->kind == Symbol::Kind::TypeName))
      owner = s->type;
    if (owner) {
      std::vector<tir::Function*> set;
      if (auto* ms = find_methods(owner, attr.name)) set = *ms;
      else if (owner->kind == TypeKind::TypeParam)
        for (auto* b : owner->bounds)
          if (auto* f = trait_method(b, attr.name)) set.push_back(const_cast<tir::Function*>(f));
      if (set.empty()) {
        error(diag::Code::UnknownAttribute, attr.name_span.valid() ? attr.name_span : attr.span,
              "'" + types::display(owner) + "' has no method '" + attr.name + "'");
        return invalid(e.span);
      }
      std::vector<ArgIn> args;
      if (!check_args(e, args)) return invalid(e.span);
      // Type.method(value, ...) is the unbound form of value.method(...)
      if (set[0]->method_kind == tir::MethodKind::Instance || set[0]->method_kind == tir::MethodKind::Del) {
        if (args.empty()) {
          error(diag::Code::MissingArgument, call_paren(e), "missing required argument: 'self'")
              .with_help("call it on a value: 'x." + attr.name + "()'");
          return invalid(e.span);
        }
        tir::ExprPtr recv = args[0].value;
        args.erase(args.begin());
        return resolve_call(set, attr.name, std::move(args), recv, e.span, call_paren(e));
      }
      auto call = resolve_call(set, attr.name, std::move(args), nullptr, e.span, call_paren(e));
      if (call->kind == tir::ExprKind::Call && owner->kind == TypeKind::TypeParam)
        call->as<tir::Call>().type_args = {owner};  // T.create(): emit names T
      return call;
    }
  }
  // UnsafePointer[T].alloc(n)
  if (attr.object->kind == ast::ExprKind::Subscript && attr.name == "alloc") {
    auto& sub = attr.object->as<ast::SubscriptExpr>();
    if (sub.object->kind == ast::ExprKind::Name && is_pointer_name(sub.object->as<ast::NameExpr>().name)) {
      Type p = pointer_type(sub);
      if (p->kind == TypeKind::Invalid) return invalid(e.span);
      return pointer_alloc(p->elem, e);
    }
  }
  auto obj = check_expr(*attr.object);
  if (obj->type->kind == TypeKind::Invalid) return invalid(e.span);
  if (obj->type->kind == TypeKind::Pointer) return pointer_method(obj, attr, e);
  if (types::is_simd_like(types::materialize(obj->type)) && has_simd_method(attr.name))
    if (auto r = simd_method(obj, attr, e, nullptr)) return r;
  if (obj->type == types::dtype())
    if (auto r = dtype_method(obj, attr, e)) return r;
  if (obj->type->kind == TypeKind::Pack && attr.name == "__len__" && e.args.empty()) return pack_len(obj, e.span);
  Span name_at = attr.name_span.valid() ? attr.name_span : e.span;
  if (types::is_struct(obj->type) || obj->type->kind == TypeKind::TypeParam) {
    std::vector<tir::Function*> set;
    if (auto* ms = find_methods(obj->type, attr.name)) set = *ms;
    else if (obj->type->kind == TypeKind::TypeParam)
      for (auto* b : obj->type->bounds)
        if (auto* f = trait_method(b, attr.name)) set.push_back(const_cast<tir::Function*>(f));
    if (!set.empty()) return call_method(obj, set, attr.name, e, name_at);
    if (attr.name == "copy" && e.args.empty()) {
      if (!is_copyable(obj->type)) {
        error(diag::Code::NotCopyable, name_at, "'" + types::display(obj->type) + "' value cannot be copied")
            .with_help("declare the struct 'Copyable', or transfer the value with '^'");
        return invalid(e.span);
      }
      if (!is_lvalue(*obj)) return obj;
      auto cp = std::make_shared<tir::Copy>(e.span, obj);
      cp->is_explicit = true;
      return cp;
    }
    if (obj->type->kind == TypeKind::TypeParam) {
      std::string bound;
      for (auto* b : obj->type->bounds) bound += (bound.empty() ? "" : " & ") + b->name;
      error(diag::Code::NotInTraitBound, find_before(name_at, "."),
            "'" + std::string(obj->type->mojo_name) + "' value has no attribute '" + attr.name + "'" +
                (bound.empty() ? "" : ": it is not declared by '" + bound + "'"));
      return invalid(e.span);
    }
    for (auto& f : obj->type->decl->fields)
      if (f.name == attr.name) {
        if (types::is_callable(f.type)) return call_value(check_field(obj, attr), e, attr.name);  // a function-valued field
        error(diag::Code::NotCallable, call_paren(e), "field '" + attr.name + "' is not callable");
        return invalid(e.span);
      }
    error(diag::Code::UnknownAttribute, find_before(name_at, "."),
          "'" + types::display(obj->type) + "' value has no attribute '" + attr.name + "'");
    return invalid(e.span);
  }
  // x.copy() of a scalar or a String (what a generic `T: Copyable` body
  // does once T is Int): an ordinary copy
  if (attr.name == "copy" && e.args.empty() &&
      (types::is_numeric(obj->type) || obj->type == types::bool_() || types::is_stringlike(obj->type))) {
    tir::ExprPtr v = materialize(obj);
    if (!is_lvalue(*v)) return v;
    auto cp = std::make_shared<tir::Copy>(e.span, v);
    cp->is_explicit = true;
    return cp;
  }
  if (obj->type->kind == TypeKind::Writer && (attr.name == "write" || attr.name == "write_string")) {
    std::vector<tir::ExprPtr> xs{obj};
    for (auto& a : e.args) {
      auto v = check_value(*a.value);
      if (v->type->kind == TypeKind::Invalid) return invalid(e.span);
      if (!require_writable(v, a.value->span)) return invalid(e.span);
      xs.push_back(v);
    }
    return std::make_shared<tir::Op>(tir::OpKind::WriterWrite, types::none(), e.span, std::move(xs));
  }
  return builtin_method_call(obj, attr, e);
}

// print(x) / writer.write(x): x must have a text form.
bool Checker::require_writable(const tir::ExprPtr& v, Span at) {
  Type t = v->type;
  if (types::is_struct(t)) {
    if (find_methods(t, "write_to") && declares(t, "Writable")) return true;
    error(diag::Code::NotConforming, at, "'" + types::display(t) + "' does not conform to trait 'Writable'")
        .with_help("declare 'struct " + types::display(t) + "(Writable)' with 'def write_to(self, mut writer: Some[Writer])'");
    return false;
  }
  if (t->kind == TypeKind::TypeParam) {
    for (auto* b : t->bounds)
      if (trait_method(b, "write_to")) return true;
    error(diag::Code::NotInTraitBound, at, "'" + std::string(t->mojo_name) + "' value cannot be written: its bound is not Writable");
    return false;
  }
  if (t->kind == TypeKind::Writer || t->kind == TypeKind::NoneType) {
    error(diag::Code::TypeMismatch, at, "'" + types::display(t) + "' value cannot be written");
    return false;
  }
  return true;
}

// String(x) for a struct: Writable.write_to, else Stringable.__str__.
tir::ExprPtr Checker::struct_text(tir::ExprPtr v, Span span, bool) {
  if ((find_methods(v->type, "write_to") && declares(v->type, "Writable")) ||
      (v->type->kind == TypeKind::TypeParam && [&] {
        for (auto* b : v->type->bounds) if (trait_method(b, "write_to")) return true;
        return false;
      }()))
    return std::make_shared<tir::WriteTo>(types::string(), span, borrow(v), nullptr);
  if (declares(v->type, "Stringable"))
    if (auto call = call_dunder(v, "__str__", {}, span)) return call;
  error(diag::Code::NoMatchingOverload, span,
        "no matching function in initialization of 'String' from a '" + types::display(v->type) + "' value")
      .with_help("conform to Writable ('write_to')");
  return invalid(span);
}

}  // namespace mojoc::sema
