// The `algorithm` module: higher-order loops over closures.
//
//   vectorize[8](n, body)            (1.x: the closure is an argument)
//   vectorize[body, 8](n)            (0.25 and older: a compile-time parameter)
//   vectorize[8, size=100](body) / vectorize[body, 8, size=100]()
//     ⟶ Intrinsic mojo::algorithm::vectorize<8, unroll>(n, body_8, body_1)
//        body_8 / body_1: the closure's instances for the full width and the
//        one-lane tail, which is how Mojo finishes a loop that does not divide
//   parallelize[work](n) / parallelize[work](n, workers) / sync_parallelize[work](n)
//     ⟶ Intrinsic mojo::algorithm::parallelize(work, n[, workers])   (OpenMP)
//   map[f](n)                         ⟶ Intrinsic mojo::algorithm::map(f, n)
#include <fmt/format.h>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// The variable a closure argument names (through a closure's view of it).
const tir::Local* closure_local(const tir::Expr& e) {
  if (e.kind != tir::ExprKind::LocalRef) return nullptr;
  const tir::Local* l = e.as<tir::LocalRef>().local;
  while (l->captured) l = l->captured;
  return l;
}
}  // namespace

tir::ExprPtr Checker::algorithm_call(const std::string& what, const std::vector<ast::Argument>& params, Span at,
                                     const ast::CallExpr& e) {
  std::string name = what.substr(what.find('.') + 1);
  std::vector<const ast::Argument*> pos;
  std::map<std::string, const ast::Argument*> kw;
  for (auto& p : params) {
    if (p.keyword.empty()) pos.push_back(&p);
    else kw[p.keyword] = &p;
  }
  auto int_param = [&](const ast::Argument& a, const char* pname, long long& out) {
    ParamDecl d;
    d.name = pname;
    d.value_type = types::int_();
    auto v = param_argument(*a.value, d, name);
    if (!v) return false;
    out = v->value->kind == tir::ExprKind::IntConst ? static_cast<long long>(v->value->as<tir::IntConst>().value) : 0;
    return true;
  };
  auto closure_arg = [&](const ast::Expr& x) -> tir::ExprPtr { return check_expr(x); };
  const char* header = name == "vectorize" ? "mojo/algorithm/vectorize.hpp"
                       : name == "map"     ? "mojo/algorithm/map.hpp"
                                           : "mojo/algorithm/parallelize.hpp";
  if (name == "vectorize") {
    // which era: a closure first among the parameters is the 0.25 form
    tir::ExprPtr body;
    std::size_t next = 0;
    if (!pos.empty() && pos[0]->value->kind == ast::ExprKind::Name) {
      const Symbol* s = lookup(pos[0]->value->as<ast::NameExpr>().name);
      if (s && s->kind == Symbol::Kind::Local && s->local->type->kind == TypeKind::Closure) {
        body = closure_arg(*pos[0]->value);
        next = 1;
      }
    }
    long long width = 0, unroll = 1, static_size = -1;
    if (pos.size() <= next) {
      error(diag::Code::CannotInferParameter, at, "invalid call to 'vectorize': failed to infer parameter 'simd_width'")
          .with_help("give the width: 'vectorize[8](n, body)'");
      return invalid(e.span);
    }
    if (!int_param(*pos[next], "simd_width", width)) return invalid(e.span);
    if (kw.count("unroll_factor") && !int_param(*kw["unroll_factor"], "unroll_factor", unroll)) return invalid(e.span);
    if (kw.count("size") && !int_param(*kw["size"], "size", static_size)) return invalid(e.span);
    std::vector<const ast::Expr*> args;
    for (auto& a : e.args) args.push_back(a.value.get());
    if (!body) {
      if (args.empty()) {
        error(diag::Code::MissingArgument, call_paren(e), "missing required argument: 'closure'");
        return invalid(e.span);
      }
      body = closure_arg(*args.back());
      args.pop_back();
    }
    if (body->type->kind == TypeKind::Invalid) return invalid(e.span);
    tir::ExprPtr size;
    if (static_size >= 0) {
      if (!args.empty()) {
        error(diag::Code::WrongArgumentCount, call_paren(e), "'vectorize' with a 'size' parameter takes no size argument");
        return invalid(e.span);
      }
      size = std::make_shared<tir::IntConst>(types::int_(), e.span, static_size);
    } else {
      if (args.size() != 1) {
        error(diag::Code::WrongArgumentCount, call_paren(e), "'vectorize' takes the element count");
        return invalid(e.span);
      }
      size = coerce(materialize(check_expr(*args[0])), types::int_(), "as the element count");
      if (size->type->kind == TypeKind::Invalid) return size;
    }
    const tir::Local* var = closure_local(*body);
    if (!var || !generic_closures.count(var)) {
      error(diag::Code::NoMatchingOverload, body->span,
            "no matching function in call to 'vectorize': the closure must take the width as a compile-time "
            "parameter")
          .with_help("declare it as 'def body[width: Int](i: Int) {mut}: ...'");
      return invalid(e.span);
    }
    if (width <= 0 || unroll <= 0) return symbolic_value(types::none(), e.span);  // generic code: per instance
    if (width & (width - 1)) {
      error(diag::Code::ConstraintFailed, pos[next]->value->span, fmt::format("the SIMD width must be a power of two, not {}", width));
      return invalid(e.span);
    }
    tir::Local* full = closure_instance(var, {width}, e.span);
    if (!full) return invalid(e.span);
    if (generic_closures.at(var).def->args.size() == 2 && static_size < 0) {
      // body[width](i, evl) (1.2): every call is full width; the last says how many lanes are live
      return intrinsic(fmt::format("mojo::algorithm::vectorize_evl<{}, {}>", width, unroll), types::none(), e.span,
                       {size, std::make_shared<tir::LocalRef>(full, body->span)}, header);
    }
    if (static_size >= 0) {
      // a known size: the remainder is one call of width N % W when that is a
      // power of two, else N % W calls of width 1 (the runtime decides which)
      long long rest = static_size % width;
      std::string f = fmt::format("mojo::algorithm::vectorize_static<{}, {}, {}>", width, static_size, unroll);
      std::vector<tir::ExprPtr> xs{std::make_shared<tir::LocalRef>(full, body->span)};
      if (rest) {
        tir::Local* tail = closure_instance(var, {(rest & (rest - 1)) == 0 ? rest : 1}, e.span);
        if (!tail) return invalid(e.span);
        xs.push_back(std::make_shared<tir::LocalRef>(tail, body->span));
      }
      return intrinsic(f, types::none(), e.span, std::move(xs), header);
    }
    tir::Local* one = width == 1 ? full : closure_instance(var, {1}, e.span);
    if (!one) return invalid(e.span);
    return intrinsic(fmt::format("mojo::algorithm::vectorize<{}, {}>", width, unroll), types::none(), e.span,
                     {size, std::make_shared<tir::LocalRef>(full, body->span), std::make_shared<tir::LocalRef>(one, body->span)},
                     header);
  }
  if (name == "tile") return tile_call(pos, kw, at, e);
  // parallelize / sync_parallelize / map: the closure takes the work item's index
  // (0.25: parallelize[work](n); 1.x: parallelize(work, n), map(n, work))
  tir::ExprPtr body;
  std::vector<const ast::Expr*> args;
  for (auto& a : e.args) args.push_back(a.value.get());
  if (!pos.empty()) body = closure_arg(*pos[0]->value);
  else if (!args.empty()) {
    std::size_t k = name == "map" ? args.size() - 1 : 0;
    body = closure_arg(*args[k]);
    args.erase(args.begin() + static_cast<long>(k));
  }
  if (!body) {
    error(diag::Code::MissingArgument, call_paren(e), "'" + name + "' needs the closure to run: '" + name + "[work](n)'");
    return invalid(e.span);
  }
  if (body->type->kind == TypeKind::Invalid) return invalid(e.span);
  if (!types::is_callable(body->type) || body->type->fn->params.size() != 1 ||
      body->type->fn->params[0]->type != types::int_()) {
    error(diag::Code::NoMatchingOverload, body->span,
          "no matching function in call to '" + name + "': the closure must take one Int (the work item)");
    return invalid(e.span);
  }
  if (args.empty() || args.size() > (name == "map" ? 1u : 2u)) {
    error(diag::Code::WrongArgumentCount, call_paren(e), "'" + name + "' takes the number of work items" +
                                                             (name == "map" ? "" : ", and optionally the number of workers"));
    return invalid(e.span);
  }
  std::vector<tir::ExprPtr> xs{body};
  for (auto* a : args) {
    auto n = coerce(materialize(check_expr(*a)), types::int_(), "as a count");
    if (n->type->kind == TypeKind::Invalid) return n;
    xs.push_back(n);
  }
  std::string fn_name = "mojo::algorithm::" + name;
  return intrinsic(fn_name, types::none(), e.span, std::move(xs), header);
}

// tile[[4, 2, 1]](offset, upperbound, work)    work[size](i), largest sizes first
//   ⟶ Intrinsic mojo::algorithm::tile<4, 2, 1>(offset, upperbound, work_4, work_2, work_1)
// tile(offset, upperbound, 8, 3, workgroup_function=work)     work(i, size)
//   ⟶ Intrinsic mojo::algorithm::tile_dynamic_sizes(offset, upperbound, work, 8, 3)
tir::ExprPtr Checker::tile_call(const std::vector<const ast::Argument*>& pos, std::map<std::string, const ast::Argument*>& kw,
                                Span at, const ast::CallExpr& e) {
  const char* header = "mojo/algorithm/tile.hpp";
  auto count = [&](const ast::Expr& x) { return coerce(materialize(check_expr(x)), types::int_(), "as a bound"); };
  if (pos.empty()) {
    // the run-time sizes form
    std::vector<tir::ExprPtr> xs;
    tir::ExprPtr body;
    for (auto& a : e.args) {
      if (a.keyword == "workgroup_function") body = check_expr(*a.value);
      else if (a.keyword.empty()) xs.push_back(count(*a.value));
    }
    if (!body || xs.size() < 3) {
      error(diag::Code::WrongArgumentCount, call_paren(e),
            "'tile' takes the bounds, the tile sizes and 'workgroup_function=': 'tile(0, n, 8, 1, workgroup_function=f)'");
      return invalid(e.span);
    }
    for (auto& x : xs)
      if (x->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (body->type->kind == TypeKind::Invalid) return invalid(e.span);
    std::vector<tir::ExprPtr> ops{xs[0], xs[1], body};
    for (std::size_t i = 2; i < xs.size(); ++i) ops.push_back(xs[i]);
    return intrinsic("mojo::algorithm::tile_dynamic_sizes", types::none(), e.span, std::move(ops), header);
  }
  (void)kw;
  // the compile-time sizes: a list literal of Ints
  const ast::Expr& sizes = *pos[0]->value;
  std::vector<long long> ns;
  if (sizes.kind != ast::ExprKind::ListLit) {
    unsupported(sizes.span, "tile sizes given other than as a list literal '[8, 4, 1]'");
    return invalid(e.span);
  }
  for (auto& x : sizes.as<ast::ListLitExpr>().elements) {
    ParamDecl d;
    d.name = "tile_size";
    d.value_type = types::int_();
    auto v = param_argument(*x, d, "tile");
    if (!v) return invalid(e.span);
    if (v->value->kind != tir::ExprKind::IntConst) return symbolic_value(types::none(), e.span);
    ns.push_back(static_cast<long long>(v->value->as<tir::IntConst>().value));
  }
  if (e.args.size() != 3) {
    error(diag::Code::WrongArgumentCount, call_paren(e), "'tile' takes the bounds and the function: 'tile[[4, 1]](0, n, f)'");
    return invalid(e.span);
  }
  auto lo = count(*e.args[0].value), hi = count(*e.args[1].value);
  auto body = check_expr(*e.args[2].value);
  if (lo->type->kind == TypeKind::Invalid || hi->type->kind == TypeKind::Invalid || body->type->kind == TypeKind::Invalid)
    return invalid(e.span);
  const tir::Local* var = body->kind == tir::ExprKind::LocalRef ? body->as<tir::LocalRef>().local : nullptr;
  while (var && var->captured) var = var->captured;
  if (!var || !generic_closures.count(var)) {
    error(diag::Code::NoMatchingOverload, body->span,
          "no matching function in call to 'tile': the function must take the tile size as a compile-time parameter");
    return invalid(e.span);
  }
  std::string targs;
  std::vector<tir::ExprPtr> ops{lo, hi};
  for (long long n : ns) {
    tir::Local* inst = closure_instance(var, {n}, e.span);
    if (!inst) return invalid(e.span);
    targs += (targs.empty() ? "" : ", ") + std::to_string(n);
    ops.push_back(std::make_shared<tir::LocalRef>(inst, body->span));
  }
  return intrinsic("mojo::algorithm::tile<" + targs + ">", types::none(), e.span, std::move(ops), header);
}

}  // namespace mojoc::sema
