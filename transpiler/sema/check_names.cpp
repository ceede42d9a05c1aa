// Names resolve to declarations.
//
//   x  (local)              ⟶ LocalRef(x) : T
//   N  (comptime constant)  ⟶ a copy of N's constant value, tagged origin=N
//   f  (function)           ⟶ only valid as a callee (see check_calls.cpp)
//   m.N (module attribute)  ⟶ the constant N of module m
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
tir::ExprPtr constant_value(const tir::Global* g_in, Span span) {
  const tir::Expr& v = *g_in->value;
  // an instance's parameter binding has no C++ name: its value is printed
  const tir::Global* g = g_in->inline_value ? nullptr : g_in;
  switch (v.kind) {
    case tir::ExprKind::IntConst: {
      auto c = std::make_shared<tir::IntConst>(v.type, span, v.as<tir::IntConst>().value);
      c->origin = g;
      return c;
    }
    case tir::ExprKind::FloatConst: {
      auto c = std::make_shared<tir::FloatConst>(v.type, span, v.as<tir::FloatConst>().value);
      c->origin = g;
      return c;
    }
    case tir::ExprKind::BoolConst: {
      auto c = std::make_shared<tir::BoolConst>(span, v.as<tir::BoolConst>().value);
      c->origin = g;
      return c;
    }
    case tir::ExprKind::StringConst: {
      auto c = std::make_shared<tir::StringConst>(v.type, span, v.as<tir::StringConst>().value);
      c->origin = g;
      return c;
    }
    default:
      return std::make_shared<tir::GlobalRef>(g_in, span);
  }
}

// A struct's comptime member is folded to its value (emit knows no name for it).
tir::ExprPtr struct_constant(const tir::Global* g, Span span) {
  tir::ExprPtr v = constant_value(g, span);
  switch (v->kind) {
    case tir::ExprKind::IntConst: v->as<tir::IntConst>().origin = nullptr; break;
    case tir::ExprKind::FloatConst: v->as<tir::FloatConst>().origin = nullptr; break;
    case tir::ExprKind::BoolConst: v->as<tir::BoolConst>().origin = nullptr; break;
    case tir::ExprKind::StringConst: v->as<tir::StringConst>().origin = nullptr; break;
    default: break;
  }
  return v;
}

tir::ExprPtr symbol_value(Checker& c, const Symbol& s, const std::string& name, Span span) {
  switch (s.kind) {
    case Symbol::Kind::Local:
      return std::make_shared<tir::LocalRef>(s.local, span);
    case Symbol::Kind::Constant:
      // inside a closure, a function-local constant is its value (the C++
      // lambda does not capture the enclosing constexpr)
      if (c.fn && c.fn->is_closure && !s.constant->module) return struct_constant(s.constant, span);
      return constant_value(s.constant, span);
    case Symbol::Kind::Functions: {
      // a function used as a value: one non-generic overload has an address
      auto& fs = *s.functions;
      if (fs.size() == 1 && !fs[0]->is_generic) return c.function_value(fs[0], span);
      c.unsupported(span, "using overloaded or generic function '" + name + "' as a value");
      return c.invalid(span);
    }
    case Symbol::Kind::Builtin:
      c.unsupported(span, "using function '" + name + "' as a value");
      return c.invalid(span);
    case Symbol::Kind::Poisoned:
      return c.invalid(span);
    case Symbol::Kind::ValueParam:
      return std::make_shared<tir::ParamRef>(s.type, span, name);
    case Symbol::Kind::Pack:
      c.unsupported(span, "a variadic parameter '" + name + "' as a value (use len(), [i] or a 'comptime for')");
      return c.invalid(span);
    case Symbol::Kind::Struct:
    case Symbol::Kind::Trait:
    case Symbol::Kind::TypeParam:
    case Symbol::Kind::TypeName:
      c.unsupported(span, "using type '" + name + "' as a value");
      return c.invalid(span);
    case Symbol::Kind::Module:
      c.error(diag::Code::TypeMismatch, span, "module '" + name + "' cannot be used as a value");
      return c.invalid(span);
  }
  return c.invalid(span);
}
}  // namespace

tir::ExprPtr Checker::check_name(const ast::NameExpr& e) {
  if (const Symbol* s = lookup(e.name)) {
    if (s->kind == Symbol::Kind::Local && !check_capture_use(s->local, e.name, e.span)) return invalid(e.span);
    if (s->kind == Symbol::Kind::Local && uninit.count(s->local)) {
      if (auto mv = moved_at.find(s->local); mv != moved_at.end()) {
        // Mojo reports it where the value is consumed: a transfer's '^', else the enclosing call
        Span at = transfer_at.valid() ? transfer_at : !call_parens.empty() ? call_parens.back() : e.span;
        error(diag::Code::UseAfterMove, at, "use of uninitialized value '" + e.name + "' (it was transferred)")
            .note(mv->second, "'" + e.name + "' was transferred here")
            .with_help("the value's lifetime ended at '^'; copy it before the transfer (" + e.name +
                       ".copy()), or assign a new value first");
      } else {
        error(diag::Code::UninitializedUse, e.span, "use of uninitialized value '" + e.name + "'")
            .note(s->local->span, "'" + e.name + "' declared here without a value");
      }
      uninit.erase(s->local);  // report once
    }
    if (s->kind == Symbol::Kind::Local && fn && s->local == fn->self && !uninit_fields.empty() && !field_base) {
      const tir::Struct& st = *s->local->type->decl;
      error(diag::Code::FieldUninitialized, !call_parens.empty() ? call_parens.back() : e.span,
            "use of uninitialized value 'self." + st.fields[*uninit_fields.begin()].name +
                "': 'self' is used before all its fields are initialized");
      uninit_fields.clear();
    }
    if (s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::Trait || s->kind == Symbol::Kind::TypeParam ||
        s->kind == Symbol::Kind::TypeName) {
      unsupported(e.span, "using type '" + e.name + "' as a value");
      return invalid(e.span);
    }
    return symbol_value(*this, *s, e.name, e.span);
  }
  if (types::by_name(e.name)) {
    unsupported(e.span, "using type '" + e.name + "' as a value");
    return invalid(e.span);
  }
  error(diag::Code::UndefinedName, e.span, "use of unknown declaration '" + e.name + "'")
      .with_label("not found in this scope");
  return invalid(e.span);
}

// Self.n / Grid[3].w / g.w: a value parameter (or a symbolic member) of a struct instance.
tir::ExprPtr Checker::struct_parameter(const StructInfo& info, const std::string& name, Span span) {
  if (!info.env) return nullptr;
  const Symbol* s = info.env->lookup_local(name);
  if (!s) return nullptr;
  if (s->kind == Symbol::Kind::Constant || s->kind == Symbol::Kind::ValueParam) return symbol_value(*this, *s, name, span);
  return nullptr;
}

tir::ExprPtr Checker::check_attribute_value(const ast::AttributeExpr& e) {
  if (e.object->kind == ast::ExprKind::Name) {
    const Symbol* s = lookup(e.object->as<ast::NameExpr>().name);
    if (s && s->kind == Symbol::Kind::Module) {
      const Symbol* m = s->module->scope.lookup_local(e.name);
      if (!m || m->kind == Symbol::Kind::Module) {
        error(diag::Code::UnknownImportName, e.name_span,
              "module '" + s->module->module_name + "' does not contain '" + e.name + "'");
        return invalid(e.span);
      }
      return symbol_value(*this, *m, e.name, e.span);
    }
  }
  // Int.MAX, UInt8.MIN, ...
  if (e.object->kind == ast::ExprKind::Name && !lookup(e.object->as<ast::NameExpr>().name)) {
    Type t = types::by_name(e.object->as<ast::NameExpr>().name);
    if (t && types::is_integer(t) && (e.name == "MAX" || e.name == "MIN")) {
      int bits = types::bit_width(t);
      bool is_signed = types::is_signed_integer(t);
      __int128 one = 1;
      __int128 v = e.name == "MAX" ? (is_signed ? (one << (bits - 1)) - 1 : (one << bits) - 1)
                                   : (is_signed ? -(one << (bits - 1)) : 0);
      return std::make_shared<tir::IntConst>(t, e.span, v);
    }
  }
  // DType.float32: a dtype value
  if (e.object->kind == ast::ExprKind::Name && e.object->as<ast::NameExpr>().name == "DType" && !lookup("DType")) {
    if (types::is_dtype_name(e.name)) return std::make_shared<tir::StringConst>(types::dtype(), e.span, e.name);
    error(diag::Code::UnknownAttribute, e.name_span.valid() ? e.name_span : e.span,
          "'DType' value has no attribute '" + e.name + "'");
    return invalid(e.span);
  }
  // Grid[3, 4].cells: a member of a struct instance
  if (e.object->kind == ast::ExprKind::Subscript) {
    auto& sub = e.object->as<ast::SubscriptExpr>();
    if (sub.object->kind == ast::ExprKind::Name)
      if (const Symbol* s = lookup(sub.object->as<ast::NameExpr>().name); s && s->kind == Symbol::Kind::Struct) {
        Type t = resolve_type(sub);
        if (t->kind == TypeKind::Invalid) return invalid(e.span);
        auto& info = *struct_infos.at(t->decl);
        if (auto c = info.constants.find(e.name); c != info.constants.end()) return struct_constant(c->second, e.span);
        if (tir::ExprPtr p = struct_parameter(info, e.name, e.span)) return p;
        error(diag::Code::UnknownAttribute, e.name_span.valid() ? e.name_span : e.span,
              "'" + types::display(t) + "' has no member '" + e.name + "'");
        return invalid(e.span);
      }
  }
  // P.N / Self.N: a struct's comptime member
  if (e.object->kind == ast::ExprKind::Name) {
    const std::string& n = e.object->as<ast::NameExpr>().name;
    const Symbol* s = lookup(n);
    tir::Struct* st = s && s->kind == Symbol::Kind::Struct ? s->strukt
                      : n == "Self" && cur_struct && !s ? cur_struct->decl
                                                        : nullptr;
    if (st) {
      auto& info = *struct_infos.at(st);
      if (auto c = info.constants.find(e.name); c != info.constants.end())
        return struct_constant(c->second, e.span);
      if (tir::ExprPtr p = struct_parameter(info, e.name, e.span)) return p;
      error(diag::Code::UnknownAttribute, e.name_span.valid() ? e.name_span : e.span,
            "'" + st->name + "' has no member '" + e.name + "'");
      return invalid(e.span);
    }
  }
  bool saved_base = field_base;
  field_base = true;
  tir::ExprPtr obj = check_expr(*e.object);
  field_base = saved_base;
  if (obj->type->kind == TypeKind::Invalid) return obj;
  if (types::is_simd(obj->type) && (e.name == "size" || e.name == "width")) {  // v.size (0.25): the lane count
    if (obj->type->symbolic) return symbolic_value(types::int_(), e.span);
    return std::make_shared<tir::IntConst>(types::int_(), e.span, obj->type->width);
  }
  if (obj->type->kind == TypeKind::KwEntry && (e.name == "key" || e.name == "value")) {
    // item.key / item.value of an `opts.items()` entry
    bool key = e.name == "key";
    return std::make_shared<tir::Op>(key ? tir::OpKind::EntryKey : tir::OpKind::EntryValue,
                                     key ? types::string() : obj->type->elem, e.span, std::vector<tir::ExprPtr>{obj});
  }
  if (types::is_struct(obj->type)) {
    // g.w: a parameter of the value's struct instance (when no field has that name)
    auto& info = *struct_infos.at(obj->type->decl);
    bool is_field = false;
    for (auto& f : obj->type->decl->fields) is_field |= f.name == e.name;
    if (!is_field) {
      if (auto c = info.constants.find(e.name); c != info.constants.end()) return struct_constant(c->second, e.span);
      if (tir::ExprPtr p = struct_parameter(info, e.name, e.span)) return p;
    }
  }
  if (types::is_struct(obj->type) || obj->type->kind == TypeKind::TypeParam) return check_field(obj, e);
  error(diag::Code::UnknownAttribute, find_before(e.name_span.valid() ? e.name_span : e.span, "."),
        fmt::format("'{}' value has no attribute '{}'", types::display(obj->type), e.name));
  return invalid(e.span);
}

}  // namespace mojoc::sema
