// Variadic packs known at compile time.
//
//   def show[*Ts: Writable](*args: *Ts)     generic: `args` is one Pack value
//     instance show[Int, String]            ⟶ params args_0: Int, args_1: String
//       args.__len__() / len(args)          ⟶ IntConst 2
//       args[i]   (i known: comptime for)   ⟶ LocalRef args_i
//   def psum[*values: Int]()                 instance psum[1, 2, 3]
//       len(values)                         ⟶ IntConst 3
//       values[i]                           ⟶ the i-th constant
//       comptime for v in values            ⟶ unrolled, v bound to each constant
//   len(VariadicList(values))               (legacy spelling of the same)
#include "sema/checker.hpp"

namespace mojoc::sema {

tir::ExprPtr Checker::pack_len(const tir::ExprPtr& pack, Span span) {
  if (pack->kind == tir::ExprKind::LocalRef)
    if (auto it = pack_elements.find(pack->as<tir::LocalRef>().local); it != pack_elements.end())
      return std::make_shared<tir::IntConst>(types::int_(), span, static_cast<__int128>(it->second.size()));
  return std::make_shared<tir::ParamRef>(types::int_(), span, "len(pack)");  // generic code
}

tir::ExprPtr Checker::pack_element(const tir::ExprPtr& pack, const ast::Expr& index, Span span) {
  tir::ExprPtr i = check_expr(index);
  if (i->type->kind == TypeKind::Invalid) return i;
  auto it = pack->kind == tir::ExprKind::LocalRef ? pack_elements.find(pack->as<tir::LocalRef>().local) : pack_elements.end();
  if (it == pack_elements.end()) {
    // generic code: an element of the pack's element type
    return std::make_shared<tir::Deref>(pack->type->elem, span, pack, coerce(i, types::int_()));
  }
  tir::ExprPtr k = comptime_fold(i);
  if (!k || k->kind != tir::ExprKind::IntConst) {
    error(diag::Code::NotComptime, index.span,
          std::string("cannot use a dynamic value in ") + (mod->edition.legacy ? "call parameter" : "type parameter"))
        .with_help("its elements have different types: index it in a 'comptime for'");
    return invalid(span);
  }
  __int128 n = k->as<tir::IntConst>().value;
  if (n < 0 || n >= static_cast<__int128>(it->second.size())) {
    error(diag::Code::NotComptime, index.span,
          "index " + param_display(tir::ParamValue::of_value(k)) + " is out of range for a pack of " +
              std::to_string(it->second.size()));
    return invalid(span);
  }
  return std::make_shared<tir::LocalRef>(it->second[static_cast<std::size_t>(n)], span);
}

namespace {
// `values` or `VariadicList(values)` naming a variadic compile-time parameter.
const Symbol* value_pack(const Checker& c, const ast::Expr& e) {
  const ast::Expr* x = &e;
  if (x->kind == ast::ExprKind::Call) {
    auto& call = x->as<ast::CallExpr>();
    if (call.callee->kind != ast::ExprKind::Name || call.callee->as<ast::NameExpr>().name != "VariadicList" ||
        call.args.size() != 1)
      return nullptr;
    x = call.args[0].value.get();
  }
  if (x->kind != ast::ExprKind::Name) return nullptr;
  const Symbol* s = c.lookup(x->as<ast::NameExpr>().name);
  return s && s->kind == Symbol::Kind::Pack && s->type ? s : nullptr;
}
}  // namespace

tir::ExprPtr Checker::value_pack_len(const ast::Expr& e) {
  const Symbol* s = value_pack(*this, e);
  if (!s) return nullptr;
  if (s->builtin == "symbolic") return std::make_shared<tir::ParamRef>(types::int_(), e.span, "len(pack)");
  return std::make_shared<tir::IntConst>(types::int_(), e.span, static_cast<__int128>(s->pack.size()));
}

tir::ExprPtr Checker::value_pack_element(const ast::SubscriptExpr& e) {
  const Symbol* s = value_pack(*this, *e.object);
  if (!s || e.indices.size() != 1) return nullptr;
  if (s->builtin == "symbolic") return std::make_shared<tir::ParamRef>(s->type, e.span, "pack[i]");
  tir::ExprPtr i = check_expr(*e.indices[0].value);
  if (i->type->kind == TypeKind::Invalid) return i;
  tir::ExprPtr k = comptime_fold(i);
  if (!k || k->kind != tir::ExprKind::IntConst || k->as<tir::IntConst>().value < 0 ||
      k->as<tir::IntConst>().value >= static_cast<__int128>(s->pack.size())) {
    error(diag::Code::NotComptime, e.indices[0].value->span, "a variadic parameter is indexed with a known, in-range index");
    return invalid(e.span);
  }
  const tir::Expr& v = *s->pack[static_cast<std::size_t>(k->as<tir::IntConst>().value)].value;
  // a copy at this use (the constant keeps no name in C++)
  switch (v.kind) {
    case tir::ExprKind::IntConst: return std::make_shared<tir::IntConst>(v.type, e.span, v.as<tir::IntConst>().value);
    case tir::ExprKind::BoolConst: return std::make_shared<tir::BoolConst>(e.span, v.as<tir::BoolConst>().value);
    case tir::ExprKind::FloatConst: return std::make_shared<tir::FloatConst>(v.type, e.span, v.as<tir::FloatConst>().value);
    case tir::ExprKind::StringConst: return std::make_shared<tir::StringConst>(v.type, e.span, v.as<tir::StringConst>().value);
    default: return invalid(e.span);
  }
}

}  // namespace mojoc::sema
