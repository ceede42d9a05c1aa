// Builtin functions and type constructors, declared here in C++ (not in a
// stdlib/*.mojo file yet: the core language needs no Mojo-side bodies).
//
//   print(a, b, sep=s, end=t, flush=f) ⟶ Print([a, b], s, t, f)
//   Int(x) / Float64(x) / Int8(x) / Bool(x) ⟶ Convert(Numeric, x)      (literals fold)
//   String(x)                          ⟶ Convert(ToString, x)
//   Int(s)  (s a String/StringLiteral) ⟶ Call(mojo::atol, [s], raises=true)  (Mojo's atol)
//   abs(x) / min(a, b) / max(a, b)     ⟶ Op(Abs|Min|Max, ...)            (literals fold)
//   Error("msg")                       ⟶ Op(ErrorNew, String("msg")) : Error
//   s.byte_length()                    ⟶ Op(ByteLength, s) : Int
//   len(s)                             ⟶ Op(ByteLength, s)   (legacy editions only; 1.x rejects it)
#include <map>
#include <memory>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
bool printable(Type t) {
  return types::is_numeric(t) || t == types::bool_() || types::is_stringlike(t) || t == types::error() ||
         types::is_simd(t) || t == types::dtype();
}

// Functions of the C++ runtime, called like user functions. They have
// no module: emit prints the name verbatim (emit_names.cpp, function_name).
std::unique_ptr<tir::Function> runtime_function(const char* cpp_name, Type result, bool raises = true) {
  auto f = std::make_unique<tir::Function>();
  f->name = cpp_name;
  f->result = result;
  f->raises = raises;
  return f;
}
// Int(String): Mojo's atol (1.2), or its pre-26.2 form with weaker overflow checks.
// Float64(String): Mojo's atof (1.2), or 0.25's right-to-left parser.
const tir::Function* atof_function(bool legacy) {
  static const std::unique_ptr<tir::Function> modern = runtime_function("mojo::strings::atof", types::float64());
  static const std::unique_ptr<tir::Function> old = runtime_function("mojo::strings::detail::atof_legacy", types::float64());
  return legacy ? old.get() : modern.get();
}
const tir::Function* atol_function(bool legacy) {
  static const std::unique_ptr<tir::Function> modern = runtime_function("mojo::atol", types::int_());
  static const std::unique_ptr<tir::Function> old = runtime_function("mojo::detail::atol_legacy", types::int_());
  return legacy ? old.get() : modern.get();
}
// hex/bin/oct/chr/ord (runtime-headers/mojo/builtin/radix.hpp)
const tir::Function* radix_function(const std::string& name) {
  static const std::unique_ptr<tir::Function> hex = runtime_function("mojo::hex", types::string(), false);
  static const std::unique_ptr<tir::Function> bin = runtime_function("mojo::bin", types::string(), false);
  static const std::unique_ptr<tir::Function> oct = runtime_function("mojo::oct", types::string(), false);
  static const std::unique_ptr<tir::Function> chr = runtime_function("mojo::chr", types::string(), false);
  static const std::unique_ptr<tir::Function> ord = runtime_function("mojo::ord", types::int_(), false);
  if (name == "hex") return hex.get();
  if (name == "bin") return bin.get();
  if (name == "oct") return oct.get();
  if (name == "chr") return chr.get();
  return ord.get();
}
}  // namespace

// s[i] / s[a:b:c] in a Mojo 0.25 file: one byte, or a byte slice, as a String
// (runtime-headers/mojo/string/codepoints.hpp)
tir::ExprPtr Checker::legacy_string_index(tir::ExprPtr s, const ast::SubscriptExpr& e) {
  static const std::unique_ptr<tir::Function> at =
      runtime_function("mojo::strings::detail::legacy_byte_at", types::string(), false);
  static const std::unique_ptr<tir::Function> slice =
      runtime_function("mojo::strings::detail::legacy_slice", types::string(), false);
  if (e.indices.size() != 1 || !e.indices[0].keyword.empty()) {
    error(diag::Code::InvalidOperands, e.span, "a String takes one index: 's[i]' or 's[a:b]'");
    return invalid(e.span);
  }
  const ast::Expr& ix = *e.indices[0].value;
  std::vector<tir::ExprPtr> args{coerce(s, types::string())};
  const tir::Function* f = at.get();
  if (ix.kind == ast::ExprKind::Slice) {
    auto& sl = ix.as<ast::SliceExpr>();
    auto bound = [&](const ast::ExprPtr& x, __int128 d) -> tir::ExprPtr {
      if (!x) return std::make_shared<tir::IntConst>(types::int_(), e.span, d);
      return coerce(check_expr(*x), types::int_(), "as a slice bound");
    };
    args.push_back(bound(sl.lower, 0));
    args.push_back(bound(sl.upper, 0));
    args.push_back(bound(sl.step, 1));
    args.push_back(std::make_shared<tir::BoolConst>(e.span, sl.lower != nullptr));
    args.push_back(std::make_shared<tir::BoolConst>(e.span, sl.upper != nullptr));
    f = slice.get();
  } else {
    args.push_back(coerce(check_expr(ix), types::int_(), "as a String index"));
  }
  for (auto& a : args)
    if (a->type->kind == TypeKind::Invalid) return invalid(e.span);
  auto call = std::make_shared<tir::Call>(f, types::string(), e.span);
  call->args = std::move(args);
  return call;
}

const tir::Function* Checker::string_repeat_function() {
  static const std::unique_ptr<tir::Function> f = runtime_function("mojo::repeat", types::string(), false);
  return f.get();
}

tir::ExprPtr Checker::check_builtin_call(const std::string& name, const ast::CallExpr& e) {
  if (name.rfind("algorithm.", 0) == 0) return algorithm_call(name, {}, e.callee->span, e);  // parallelize(work, n)
  if (name == "UnsafePointer" || name == "Pointer" || name == "memory.UnsafePointer" || name == "memory.Pointer")
    return pointer_to_place(e);  // check_pointers.cpp
  if (name.rfind("memory.", 0) == 0 && name.find("mem") != std::string::npos && name != "memory.alloc")
    if (auto r = memory_call(name.substr(7), e)) return r;  // check_pointers.cpp
  if ((name == "any" || name == "all") && e.args.size() == 1 && e.args[0].keyword.empty()) {
    // any(mask) / all(mask): a SIMD vector's lanes, as Bool
    auto v = materialize(check_expr(*e.args[0].value));
    if (v->type->kind == TypeKind::Invalid) return v;
    if (types::is_simd_like(v->type)) {
      if (types::is_simd(v->type) && v->type->symbolic) return invalid(e.span);
      return intrinsic("mojo::simd_" + name, types::bool_(), e.span, {v});
    }
    unsupported(e.callee->span, "builtin '" + name + "' on a '" + types::display(v->type) + "'");
    return invalid(e.span);
  }
  auto positional = [&](std::size_t lo, std::size_t hi) -> bool {
    std::size_t n = 0;
    for (auto& a : e.args) {
      if (a.star != ast::Argument::Star::None) {
        unsupported(a.span, "argument unpacking");
        return false;
      }
      if (!a.keyword.empty()) {
        error(diag::Code::UnknownKeyword, a.span, "'" + name + "' got an unexpected keyword argument '" + a.keyword + "'");
        return false;
      }
      ++n;
    }
    if (n < lo || n > hi) {
      std::string exp = lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi);
      error(diag::Code::WrongArgumentCount, e.span,
            "'" + name + "' expects " + exp + " argument" + (hi == 1 ? "" : "s") + ", got " + std::to_string(n));
      return false;
    }
    return true;
  };

  if (name == "conforms_to") return check_conforms_to(e);  // check_bindings.cpp
  if (name == "print") {
    auto p = std::make_shared<tir::Print>(e.span);
    bool ok = true;
    for (auto& a : e.args) {
      if (a.star != ast::Argument::Star::None) {
        unsupported(a.span, "argument unpacking");
        return invalid(e.span);
      }
      if (a.keyword.empty()) {
        auto v = check_expr(*a.value);
        if (v->type->kind == TypeKind::Invalid) { ok = false; continue; }
        if (v->type->kind != TypeKind::StringLiteral) v = materialize(v);
        if (types::is_struct(v->type) || v->type->kind == TypeKind::TypeParam || v->type->kind == TypeKind::Writer) {
          if (!require_writable(v, a.value->span)) { ok = false; continue; }
          p->values.push_back(borrow(v));
          continue;
        }
        if (v->type->kind != TypeKind::Invalid && !printable(v->type)) {
          error(diag::Code::TypeMismatch, a.value->span, "value of type '" + types::display(v->type) + "' is not printable");
          ok = false;
        }
        p->values.push_back(v);
      } else if (a.keyword == "sep" || a.keyword == "end") {
        auto v = check_expr(*a.value);
        if (v->type->kind != TypeKind::StringLiteral) v = coerce(v, types::string(), "in print");
        (a.keyword == "sep" ? p->sep : p->end) = v;
      } else if (a.keyword == "flush") {
        p->flush = coerce(check_expr(*a.value), types::bool_());
      } else if (a.keyword == "file") {
        unsupported(a.span, "print(file=...)");
        ok = false;
      } else {
        error(diag::Code::UnknownKeyword, a.span, "'print' got an unexpected keyword argument '" + a.keyword + "'");
        ok = false;
      }
    }
    if (!ok) return invalid(e.span);
    return p;
  }

  if (Type t = types::by_name(name)) {
    bool convertible = types::is_numeric(t) || t == types::bool_() || t == types::string();
    if (t == types::error()) {
      if (!positional(0, 1)) return invalid(e.span);
      std::vector<tir::ExprPtr> xs;
      if (!e.args.empty()) {
        auto v = check_expr(*e.args[0].value);
        if (v->type->kind == TypeKind::Invalid) return invalid(e.span);
        if (v->type != types::string()) v = explicit_convert(v, types::string(), v->span);
        if (v->type->kind == TypeKind::Invalid) return v;
        xs.push_back(v);
      }
      return std::make_shared<tir::Op>(tir::OpKind::ErrorNew, types::error(), e.span, std::move(xs));
    }
    if (!convertible) {
      unsupported(e.callee->span, "constructing '" + name + "'");
      return invalid(e.span);
    }
    if (e.args.empty() && positional(0, 0)) {
      // Int() == 0, String() == "", Bool() == False
      if (t == types::string()) return std::make_shared<tir::StringConst>(t, e.span, "");
      if (t == types::bool_()) return std::make_shared<tir::BoolConst>(e.span, false);
      if (types::is_float(t)) return std::make_shared<tir::FloatConst>(t, e.span, 0);
      return std::make_shared<tir::IntConst>(t, e.span, 0);
    }
    if (!positional(1, 1)) return invalid(e.span);
    auto v = check_expr(*e.args[0].value);
    if (types::is_struct(v->type) || v->type->kind == TypeKind::TypeParam) {
      // Int(x) / Float64(x) / Bool(x) / String(x) through the struct's dunder
      if (t == types::string()) return struct_text(v, call_paren(e), false);
      // Int(x) needs Intable, Float64(x) Floatable (declared, as Mojo checks it); Bool(x) a __bool__
      const char* dunder = t == types::bool_() ? "__bool__" : types::is_float(t) ? "__float__" : "__int__";
      const char* trait = t == types::bool_() ? nullptr : types::is_float(t) ? "Floatable" : "Intable";
      tir::ExprPtr call;
      if (!trait || declares(v->type, trait) || v->type->kind == TypeKind::TypeParam) call = call_dunder(v, dunder, {}, e.span);
      if (!call) {
        error(diag::Code::NoMatchingOverload, call_paren(e),
              "no matching function in initialization of '" + name + "' from a '" + types::display(v->type) + "' value")
            .with_help(trait ? "declare the struct '" + std::string(trait) + "' and define '" + dunder + "(self)'"
                             : std::string("define '") + dunder + "(self)'");
        return invalid(e.span);
      }
      if (call->type->kind == TypeKind::Invalid || call->type == t) return call;
      return explicit_convert(call, t, e.span);
    }
    // Int("42") / Float64("2.5") parse at run time and raise on bad input
    // (Mojo's atol / atof)
    bool parse_int = t == types::int_(), parse_float = t == types::float64();
    if ((parse_int || parse_float) && types::is_stringlike(v->type)) {
      auto* parser = parse_int ? atol_function(mod->edition.legacy) : atof_function(mod->edition.legacy);
      auto call = std::make_shared<tir::Call>(parser, t, e.span);
      call->args.push_back(v);
      call->raises = true;
      check_raise_allowed(call_paren(e), true);
      return call;
    }
    return explicit_convert(v, t, e.span);
  }

  if (name == "StopIteration") {
    // the end of an iteration: an Error the for loop over a struct catches
    if (!positional(0, 0)) return invalid(e.span);
    return std::make_shared<tir::Op>(tir::OpKind::ErrorNew, types::error(), e.span,
                                     std::vector<tir::ExprPtr>{std::make_shared<tir::StringConst>(types::string(), e.span, "StopIteration")});
  }

  if (name == "abs" || name == "min" || name == "max") {
    bool is_abs = name == "abs";
    if (!positional(is_abs ? 1 : 2, is_abs ? 1 : static_cast<std::size_t>(-1))) return invalid(e.span);
    std::vector<tir::ExprPtr> xs;
    for (auto& a : e.args) xs.push_back(check_expr(*a.value));
    for (auto& x : xs)
      if (x->type->kind == TypeKind::Invalid) return invalid(e.span);
    // abs(v), min(a, b), max(a, b) on SIMD vectors: lane-wise
    for (auto& x : xs)
      if (types::is_simd(x->type)) {
        if (x->type->symbolic) return invalid(e.span);
        Type t = x->type;
        for (auto& y : xs) {
          if (conversion_cost(*y, t) < 0) {
            error(diag::Code::NoMatchingOverload, e.span, "no matching function in call to '" + name + "': '" +
                                                              types::display(y->type) + "' and '" + types::display(t) + "'");
            return invalid(e.span);
          }
          y = coerce(y, t);
        }
        if (is_abs) return intrinsic("mojo::simd_abs", t, e.span, {xs[0]});
        tir::ExprPtr acc = xs[0];
        for (std::size_t i = 1; i < xs.size(); ++i) acc = intrinsic("mojo::simd_" + name, t, e.span, {acc, xs[i]});
        return acc;
      }
    auto numeric_only = [&](const tir::ExprPtr& x) {
      if (types::is_numeric(x->type)) return true;
      error(diag::Code::NoMatchingOverload, e.span,
            "no matching function in call to '" + name + "' with a '" + types::display(x->type) + "' argument");
      return false;
    };
    if (is_abs) {
      auto& x = xs[0];
      if (types::is_struct(x->type) || x->type->kind == TypeKind::TypeParam) {
        if (auto call = call_dunder(x, "__abs__", {}, e.span)) return call;
        error(diag::Code::NoMatchingOverload, e.callee->span,
              "no matching function in call to 'abs': '" + types::display(x->type) + "' does not implement '__abs__'");
        return invalid(e.span);
      }
      if (x->type->kind == TypeKind::IntLiteral) {
        __int128 v = x->as<tir::IntConst>().value;
        return std::make_shared<tir::IntConst>(x->type, e.span, v < 0 ? -v : v);
      }
      if (x->type->kind == TypeKind::FloatLiteral) {
        long double v = x->as<tir::FloatConst>().value;
        return std::make_shared<tir::FloatConst>(x->type, e.span, v < 0 ? -v : v);
      }
      x = materialize(x);
      if (!numeric_only(x)) return invalid(e.span);
      return std::make_shared<tir::Op>(tir::OpKind::Abs, x->type, e.span, std::move(xs));
    }
    // min(a, b, c, ...) folds pairwise from the left; every argument must end
    // up with one type (a literal adopts its partner's).
    bool mn = name == "min";
    tir::OpKind k = mn ? tir::OpKind::Min : tir::OpKind::Max;
    tir::ExprPtr acc = xs[0];
    for (std::size_t i = 1; i < xs.size(); ++i) {
      tir::ExprPtr a = acc, b = xs[i];
      if (types::is_literal(a->type) && !types::is_literal(b->type) && conversion_cost(*a, b->type) >= 0) {
        a = coerce(a, b->type);
      } else if (types::is_literal(b->type) && !types::is_literal(a->type) && conversion_cost(*b, a->type) >= 0) {
        b = coerce(b, a->type);
      } else if (a->type->kind == TypeKind::IntLiteral && b->type->kind == TypeKind::IntLiteral) {
        __int128 x = a->as<tir::IntConst>().value, y = b->as<tir::IntConst>().value;
        acc = std::make_shared<tir::IntConst>(a->type, e.span, mn ? (x < y ? x : y) : (x > y ? x : y));
        continue;
      }
      a = materialize(a);
      b = materialize(b);
      if (a->type != b->type) {
        error(diag::Code::NoMatchingOverload, e.span,
              "no matching function in call to '" + name + "': arguments have types '" +
                  types::display(a->type) + "' and '" + types::display(b->type) + "'");
        return invalid(e.span);
      }
      if (!numeric_only(a)) return invalid(e.span);
      acc = std::make_shared<tir::Op>(k, a->type, e.span, std::vector<tir::ExprPtr>{a, b});
    }
    return acc;
  }

  if (name == "len") {
    if (!positional(1, 1)) return invalid(e.span);
    if (auto n = value_pack_len(*e.args[0].value)) return n;  // len(values) of `*values: Int`
    auto v = check_expr(*e.args[0].value);
    if (v->type->kind == TypeKind::Invalid) return v;
    if (v->type->kind == TypeKind::Pack) return pack_len(v, e.span);
    if (types::is_stringlike(v->type)) {
      if (!mod->edition.legacy) {
        error(diag::Code::NoMatchingOverload, e.callee->span,
              "`len(String/StringSlice)` is not supported because Mojo strings are UTF-8 encoded")
            .with_help("use `s.byte_length()` for the number of UTF-8 bytes");
        return invalid(e.span);
      }
      if (v->type->kind == TypeKind::StringLiteral)
        return std::make_shared<tir::IntConst>(types::int_(), e.span,
                                               static_cast<__int128>(v->as<tir::StringConst>().value.size()));
      return std::make_shared<tir::Op>(tir::OpKind::ByteLength, types::int_(), e.span, std::vector<tir::ExprPtr>{v});
    }
    if (v->type->kind == TypeKind::Variadic || v->type->kind == TypeKind::Kwargs)
      return std::make_shared<tir::Op>(tir::OpKind::VariadicLen, types::int_(), e.span, std::vector<tir::ExprPtr>{v});
    if (types::is_struct(v->type) || v->type->kind == TypeKind::TypeParam) {
      if (declares(v->type, "Sized") || v->type->kind == TypeKind::TypeParam)
        if (auto call = call_dunder(v, "__len__", {}, e.span)) return call;
      error(diag::Code::NoMatchingOverload, arg_span(e.args[0]),
            "no matching function in call to 'len': '" + types::display(v->type) + "' does not implement '__len__'")
          .with_help("declare the struct 'Sized' and define 'def __len__(self) -> Int'");
      return invalid(e.span);
    }
    if (types::is_simd_like(types::materialize(v->type))) {  // len(v): the lane count, a constant
      if (types::is_simd(v->type) && v->type->symbolic) return symbolic_value(types::int_(), e.span);
      return std::make_shared<tir::IntConst>(types::int_(), e.span, types::lane_count(types::materialize(v->type)));
    }
    unsupported(e.span, "len() of a '" + types::display(v->type) + "' value");
    return invalid(e.span);
  }

  if (name == "repr") {
    // repr(x) of a struct: its __repr__ (Representable)
    if (!positional(1, 1)) return invalid(e.span);
    auto v = check_expr(*e.args[0].value);
    if (v->type->kind == TypeKind::Invalid) return v;
    if (types::is_struct(v->type) || v->type->kind == TypeKind::TypeParam) {
      // legacy Representable.__repr__; 1.x: Writable's write_repr_to (the user's or the reflected one)
      if (declares(v->type, "Representable"))
        if (auto call = call_dunder(v, "__repr__", {}, e.span)) return call;
      if (has_method(v->type, "write_repr_to"))
        return std::make_shared<tir::Op>(tir::OpKind::Repr, types::string(), e.span, std::vector<tir::ExprPtr>{borrow(v)});
      error(diag::Code::NoMatchingOverload, call_paren(e),
            "no matching function in call to 'repr': '" + types::display(v->type) + "' does not conform to 'Writable'");
      return invalid(e.span);
    }
    v = materialize(v);
    if (!printable(v->type)) {
      error(diag::Code::NoMatchingOverload, call_paren(e), "no matching function in call to 'repr'");
      return invalid(e.span);
    }
    // Mojo 0.25: a number's repr is its plain text (1.x writes Int(42))
    if (mod->edition.legacy && !types::is_stringlike(v->type)) return explicit_convert(v, types::string(), e.span);
    return std::make_shared<tir::Op>(tir::OpKind::Repr, types::string(), e.span, std::vector<tir::ExprPtr>{v});
  }

  if (name.rfind("math.", 0) == 0) {
    std::string fname = name.substr(5);
    if (!positional(1, 1)) return invalid(e.span);
    auto v = check_expr(*e.args[0].value);
    if (v->type->kind == TypeKind::Invalid) return v;
    if (v->type->kind == TypeKind::FloatLiteral) v = coerce(v, types::float64());
    bool identity = fname == "floor" || fname == "ceil" || fname == "trunc";
    v = materialize(v);
    if (types::is_integer(v->type) && identity) return v;
    if (!types::is_float(v->type)) {
      error(diag::Code::NoMatchingOverload, call_paren(e),
            "no matching function in call to '" + fname + "' with a '" + types::display(v->type) + "' argument")
          .with_help("convert the argument: Float64(x)");
      return invalid(e.span);
    }
    static const std::map<std::string, tir::OpKind> ops = {
        {"sqrt", tir::OpKind::Sqrt}, {"floor", tir::OpKind::Floor}, {"ceil", tir::OpKind::Ceil},
        {"trunc", tir::OpKind::Trunc}, {"exp", tir::OpKind::Exp}, {"log", tir::OpKind::Log},
        {"sin", tir::OpKind::Sin}, {"cos", tir::OpKind::Cos}, {"tan", tir::OpKind::Tan}};
    Type t = v->type;
    return std::make_shared<tir::Op>(ops.at(fname), t, e.span, std::vector<tir::ExprPtr>{v});
  }

  if (name == "pow") {
    // pow(a, b) is a ** b
    if (!positional(2, 2)) return invalid(e.span);
    auto a = check_expr(*e.args[0].value), b = check_expr(*e.args[1].value);
    if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(e.span);
    return binary_op(ast::BinOp::Pow, a, b, e.span, call_paren(e));
  }
  if (name == "divmod") {
    // divmod(a, b) is (a // b, a % b), each operand evaluated once
    if (!positional(2, 2)) return invalid(e.span);
    auto a = materialize(check_expr(*e.args[0].value)), b = materialize(check_expr(*e.args[1].value));
    if (a->type->kind == TypeKind::Invalid || b->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (tir::has_effects(*a) || tir::has_effects(*b)) {
      unsupported(e.span, "divmod() of an expression with side effects");
      return invalid(e.span);
    }
    auto q = binary_op(ast::BinOp::FloorDiv, a, b, e.span, call_paren(e));
    auto r = binary_op(ast::BinOp::Mod, a, b, e.span, call_paren(e));
    if (q->type->kind == TypeKind::Invalid || r->type->kind == TypeKind::Invalid) return invalid(e.span);
    return make_tuple({q, r}, e.span);  // check_tuples.cpp
  }
  if (name == "round" && e.args.size() == 2) {
    // round(x, ndigits): to a multiple of 10^-ndigits, ties to even
    static const std::unique_ptr<tir::Function> digits = runtime_function("mojo::round_digits", types::float64(), false);
    if (!positional(2, 2)) return invalid(e.span);
    auto v = check_expr(*e.args[0].value);
    if (v->type->kind == TypeKind::FloatLiteral || v->type->kind == TypeKind::IntLiteral) v = coerce(v, types::float64());
    auto n = coerce(check_expr(*e.args[1].value), types::int_(), "as the number of digits");
    if (v->type->kind == TypeKind::Invalid || n->type->kind == TypeKind::Invalid) return invalid(e.span);
    if (!types::is_float(v->type)) {
      unsupported(e.span, "round(x, ndigits) of a '" + types::display(v->type) + "'");
      return invalid(e.span);
    }
    auto call = std::make_shared<tir::Call>(digits.get(), v->type, e.span);
    call->args = {v, n};
    return call;
  }
  if (name == "round") {
    if (!positional(1, 1)) return invalid(e.span);
    auto v = check_expr(*e.args[0].value);
    if (v->type->kind == TypeKind::Invalid) return v;
    if (v->type->kind == TypeKind::FloatLiteral) v = coerce(v, types::float64());
    v = materialize(v);
    if (types::is_integer(v->type)) return v;
    if (types::is_simd(v->type)) {  // round(v): lane-wise, ties to even
      if (v->type->symbolic) return invalid(e.span);
      if (!types::is_float(v->type->elem)) return v;
      return intrinsic("mojo::simd_round", v->type, e.span, {v});
    }
    if (!types::is_float(v->type)) {
      error(diag::Code::NoMatchingOverload, call_paren(e),
            "no matching function in call to 'round' with a '" + types::display(v->type) + "' argument");
      return invalid(e.span);
    }
    auto k = mod->edition.legacy_float_format ? tir::OpKind::RoundHalfAway : tir::OpKind::Round;
    Type t = v->type;
    return std::make_shared<tir::Op>(k, t, e.span, std::vector<tir::ExprPtr>{v});
  }

  if (name == "range") {
    unsupported(e.span, "range() outside a 'for' loop header");
    return invalid(e.span);
  }

  //   hex(x, prefix="0x") / bin / oct  ⟶ Call mojo::hex(x, prefix) : String  (x: an integer or Bool)
  //   chr(i) ⟶ Call mojo::chr(i) : String;  ord(s) ⟶ Call mojo::ord(s) : Int
  if (name == "hex" || name == "bin" || name == "oct" || name == "chr" || name == "ord") {
    bool radix = name != "chr" && name != "ord";
    tir::ExprPtr value, prefix;
    for (auto& a : e.args) {
      if (a.star != ast::Argument::Star::None) {
        unsupported(a.span, "argument unpacking");
        return invalid(e.span);
      }
      if (radix && a.keyword == "prefix" && !prefix) {
        prefix = check_expr(*a.value);
        if (prefix->type->kind == TypeKind::Invalid) return invalid(e.span);
        if (!types::is_stringlike(prefix->type)) {
          error(diag::Code::TypeMismatch, a.value->span, "'prefix' must be a string");
          return invalid(e.span);
        }
      } else if (a.keyword.empty() && !value) {
        value = check_expr(*a.value);
        if (value->type->kind == TypeKind::Invalid) return invalid(e.span);
      } else {
        error(diag::Code::UnknownKeyword, a.span, "unexpected argument to '" + name + "'");
        return invalid(e.span);
      }
    }
    if (!value) {
      error(diag::Code::WrongArgumentCount, e.span, "'" + name + "' expects 1 positional argument, got 0");
      return invalid(e.span);
    }
    if (name == "ord") {
      if (!types::is_stringlike(value->type)) {
        error(diag::Code::NoMatchingOverload, e.span,
              "no matching function in call to 'ord' with a '" + types::display(value->type) + "' argument");
        return invalid(e.span);
      }
    } else if (name == "chr") {
      if (conversion_cost(*value, types::int_()) < 0) {
        error(diag::Code::NoMatchingOverload, e.span,
              "no matching function in call to 'chr' with a '" + types::display(value->type) + "' argument");
        return invalid(e.span);
      }
      value = coerce(value, types::int_());
    } else {
      value = materialize(value);
      if (!types::is_integer(value->type) && value->type != types::bool_()) {
        error(diag::Code::NoMatchingOverload, e.span,
              "no matching function in call to '" + name + "' with a '" + types::display(value->type) + "' argument");
        return invalid(e.span);
      }
    }
    const tir::Function* f = radix_function(name);
    auto call = std::make_shared<tir::Call>(f, f->result, e.span);
    call->args.push_back(value);
    if (prefix) call->args.push_back(prefix);
    return call;
  }

  static const char* known_unsupported[] = {"input", "hash", "str", "isinstance",
                                            "type", "iter", "next", "enumerate", "zip", "reversed", "sorted",
                                            "List", "Dict", "Set", "Tuple", "SIMD", "Optional", "Scalar",
                                            "rebind", "any", "all", "map", "filter"};
  for (const char* k : known_unsupported)
    if (name == k) {
      unsupported(e.callee->span, "builtin '" + name + "'");
      return invalid(e.span);
    }
  error(diag::Code::UndefinedName, e.callee->span, "use of unknown declaration '" + name + "'")
      .with_label("not found in this scope");
  return invalid(e.span);
}

tir::ExprPtr Checker::builtin_method_call(tir::ExprPtr obj, const ast::AttributeExpr& attr, const ast::CallExpr& e) {
  if (types::is_stringlike(obj->type) && attr.name == "byte_length" && e.args.empty()) {
    if (obj->type->kind == TypeKind::StringLiteral)
      return std::make_shared<tir::IntConst>(types::int_(), e.span,
                                             static_cast<__int128>(obj->as<tir::StringConst>().value.size()));
    return std::make_shared<tir::Op>(tir::OpKind::ByteLength, types::int_(), e.span, std::vector<tir::ExprPtr>{obj});
  }
  // the methods stdlib/builtin/string.mojo declares (bound to mojo::strings::*)
  // x.__hash__(hasher) on a built-in value inside a 1.x __hash__: feeds the hasher
  if (attr.name == "__hash__" && e.args.size() == 1 && e.args[0].keyword.empty() &&
      (types::is_numeric(obj->type) || obj->type == types::bool_() || types::is_stringlike(obj->type))) {
    static const std::unique_ptr<tir::Function> hash_into = runtime_function("mojo::detail::hash_into", types::none(), false);
    auto h = check_expr(*e.args[0].value);
    if (h->type->kind == TypeKind::Invalid) return h;
    if (!is_lvalue(*h) || !is_mutable_place(*h)) {
      error(diag::Code::ImmutableAssign, e.args[0].value->span, "the hasher must be a mutable value");
      return invalid(e.span);
    }
    auto call = std::make_shared<tir::Call>(hash_into.get(), types::none(), e.span);
    call->args = {h, materialize(obj)};
    return call;
  }
  // "...".format(...): the literal's format is Mojo's compile-time checked form
  if (obj->type->kind == TypeKind::StringLiteral && attr.name == "format")
    if (auto* set = find_methods(types::string(), "__literal_format"))
      return call_method(coerce(obj, types::string()), *set, attr.name, e, attr.span);
  if (types::is_stringlike(obj->type))
    if (auto* set = find_methods(types::string(), attr.name))
      return call_method(coerce(obj, types::string()), *set, attr.name, e, attr.span);
  if (types::is_stringlike(obj->type) && builtin_method_table(types::string())) {
    error(diag::Code::UnknownAttribute, attr.name_span.valid() ? find_before(attr.name_span, ".") : e.span,
          "'String' value has no attribute '" + attr.name + "'");
    return invalid(e.span);
  }
  unsupported(attr.name_span.valid() ? attr.name_span : e.span,
              "method '" + attr.name + "' of a '" + types::display(obj->type) + "' value");
  return invalid(e.span);
}

}  // namespace mojoc::sema
