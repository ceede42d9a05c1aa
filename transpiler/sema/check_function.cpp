// Functions: signatures (pass 1) and bodies (pass 2).
//
//   def f(x: Int, y: Float64 = 1.0) raises -> Int: body
//     ⟶ Function f(params [x:Int, y:Float64], defaults [-, FloatConst 1.0], raises, result Int)
//   def f(...) in a legacy file  ⟶ raises = true, arguments are mutable copies
//   def main()                   ⟶ is_main; the C++ main() calls it through run_main
#include <algorithm>
#include <functional>
#include <set>

#include "sema/checker.hpp"

namespace mojoc::sema {

// A stdlib type the prelude does not provide, named without its import.
bool Checker::report_needs_import(const std::string& n, Span at) {
  static const std::map<std::string, std::string> importable = {
      {"Set", "std.collections"}, {"Deque", "std.collections"}, {"Counter", "std.collections"},
      {"Variant", "std.utils"}, {"Hasher", "std.hash"}};
  auto im = importable.find(n);
  if (im == importable.end()) return false;
  error(diag::Code::UndefinedName, at, "use of unknown declaration '" + n + "'")
      .with_help("import it: 'from " + im->second + " import " + n + "'");
  return true;
}

Type Checker::resolve_type(const ast::Expr& e) {
  if (e.kind == ast::ExprKind::Name) {
    const auto& n = e.as<ast::NameExpr>().name;
    if (n == "Self" && cur_struct) return cur_struct->decl->type;
    if (n == "Self" && trait_self) return trait_self;
    if (const Symbol* s = lookup(n)) {
      if (s->kind == Symbol::Kind::Struct && s->strukt->is_generic) {
        error(diag::Code::TypeMismatch, e.span, "'" + n + "' needs its compile-time parameters: write '" + n + "[...]'");
        return types::invalid();
      }
      if (s->kind == Symbol::Kind::Struct || s->kind == Symbol::Kind::TypeParam || s->kind == Symbol::Kind::TypeName) {
        // 1.x: inside the struct's body its parameters are written Self.T
        if (cur_struct && cur_struct->env && !declaring_params && mod && !mod->edition.legacy &&
            cur_struct->env->lookup_local(n) == s) {
          error(diag::Code::UnqualifiedStructParameter, e.span,
                "unqualified access to struct parameter '" + n + "'; use 'Self." + n + "' instead")
              .note(s->span, "'" + n + "' declared here");
          return types::invalid();
        }
        return s->type;
      }
      if (s->kind == Symbol::Kind::Poisoned) return types::invalid();
      if (s->kind == Symbol::Kind::Trait) {
        error(diag::Code::TypeMismatch, e.span, "trait '" + n + "' cannot be used as a type")
            .with_help("take a parameter bounded by the trait: 'def f[T: " + n + "](x: T)'");
        return types::invalid();
      }
    }
    if (Type t = types::by_name(n)) {
      if (t->kind == TypeKind::IntLiteral || t->kind == TypeKind::FloatLiteral) {
        unsupported(e.span, "type '" + n + "' in a declaration");
        return types::invalid();
      }
      return t;
    }
    if (report_needs_import(n, e.span)) return types::invalid();
    if (is_simd_name(n)) {
      error(diag::Code::TypeMismatch, e.span, "'" + n + "' needs its compile-time parameters: write '" + n +
                                                  (n == "SIMD" ? "[DType.float32, 4]'" : "[DType.float32]'"));
      return types::invalid();
    }
    static const char* known[] = {"Float16", "BFloat16", "UnsafePointer", "Pointer", "Span",
                                  "object", "PythonObject", "DType", "AnyType"};
    for (const char* k : known)
      if (n == k) {
        unsupported(e.span, "type '" + n + "'");
        return types::invalid();
      }
    error(diag::Code::UnknownType, e.span, "use of unknown declaration '" + n + "'");
    return types::invalid();
  }
  if (e.kind == ast::ExprKind::NoneLit) return types::none();
  if (e.kind == ast::ExprKind::Attribute) {
    // Self.T: a parameter of the struct whose members are being checked
    auto& a = e.as<ast::AttributeExpr>();
    if (a.object->kind == ast::ExprKind::Name && a.object->as<ast::NameExpr>().name == "Self" && cur_struct &&
        cur_struct->env)
      if (const Symbol* s = cur_struct->env->lookup_local(a.name);
          s && (s->kind == Symbol::Kind::TypeParam || s->kind == Symbol::Kind::TypeName))
        return s->type;
  }
  if (e.kind == ast::ExprKind::Subscript) {
    // Box[Int]: an instance of a parametric struct
    auto& sub = e.as<ast::SubscriptExpr>();
    if (sub.object->kind == ast::ExprKind::Name)
      if (const Symbol* s = lookup(sub.object->as<ast::NameExpr>().name); s && s->kind == Symbol::Kind::Struct) {
        StructInfo& si = *struct_infos.at(s->strukt);
        if (!si.defined) define_struct(si);  // declared later in the file
        if (!si.env || si.generic) {
          error(diag::Code::TypeMismatch, sub.object->span, "'" + si.decl->name + "' has no compile-time parameters");
          return types::invalid();
        }
        return struct_instance_type(si, sub);
      }
    if (sub.object->kind == ast::ExprKind::Name && !lookup(sub.object->as<ast::NameExpr>().name) &&
        report_needs_import(sub.object->as<ast::NameExpr>().name, sub.object->span))
      return types::invalid();
    // Some[Writer]: the writer handed to write_to
    if (sub.object->kind == ast::ExprKind::Name && is_pointer_name(sub.object->as<ast::NameExpr>().name))
      return pointer_type(sub);
    if (sub.object->kind == ast::ExprKind::Name && is_simd_name(sub.object->as<ast::NameExpr>().name))
      return simd_type(sub);
    if (sub.object->kind == ast::ExprKind::Name && sub.object->as<ast::NameExpr>().name == "Some" &&
        sub.indices.size() == 1 && sub.indices[0].value->kind == ast::ExprKind::Name &&
        sub.indices[0].value->as<ast::NameExpr>().name == "Writer")
      return types::get(TypeKind::Writer);
  }
  if (e.kind == ast::ExprKind::FnType) return function_type(e.as<ast::FnTypeExpr>());  // check_closures.cpp
  if (e.kind == ast::ExprKind::Tuple && !e.as<ast::TupleExpr>().elements.empty()) {
    // (Int, String): Tuple[Int, String]
    std::vector<Type> elems;
    for (auto& x : e.as<ast::TupleExpr>().elements) {
      Type t = resolve_type(*x);
      if (t->kind == TypeKind::Invalid) return t;
      elems.push_back(t);
    }
    if (elems.size() == 1 && e.as<ast::TupleExpr>().parenthesized) return elems[0];
    return tuple_type(elems, e.span);
  }
  if (e.kind == ast::ExprKind::RefType) {
    unsupported(e.span, "a 'ref' result ('-> ref [origin] T')");
    return types::invalid();
  }
  unsupported(e.span, "this type expression");
  return types::invalid();
}

Type Checker::storage_type(const ast::Expr& e) {
  Type t = resolve_type(e);
  if (t->kind == TypeKind::StringLiteral) {
    // a StringLiteral's value is part of its type: nothing run-time can hold "some" literal
    error(diag::Code::TypeMismatch, e.span, "'StringLiteral[_]' is not concrete, use '[]' to bind missing parameters")
        .with_help("store a 'String' (or 'StaticString'), or make it a compile-time parameter");
    return types::invalid();
  }
  return t;
}

namespace {
bool has_decorator(const ast::FunctionDef& def, const char* name) {
  for (auto& d : def.decorators)
    if (d.name == name) return true;
  return false;
}

// The lifecycle role of a struct's method, from its name and `self` convention.
tir::MethodKind method_kind(const ast::FunctionDef& def) {
  if (has_decorator(def, "staticmethod")) return tir::MethodKind::Static;
  const ast::Param* self = nullptr;
  for (auto& p : def.args)
    if (p.kind == ast::Param::Kind::Normal) { self = &p; break; }
  if (!self) return tir::MethodKind::Static;
  if (def.name == "__del__" || def.name == "__deinit__") return tir::MethodKind::Del;
  if (def.name == "__copyinit__") return tir::MethodKind::Copy;
  if (def.name == "__moveinit__") return tir::MethodKind::Move;
  if (def.name == "__init__") {
    // __init__(out self, *, copy: Self) / __init__(out self, *, deinit take: Self)
    std::vector<const ast::Param*> rest;
    bool kw_only = false;
    for (auto& p : def.args) {
      if (&p == self) continue;
      if (p.kind == ast::Param::Kind::KwOnlyMarker) { kw_only = true; continue; }
      rest.push_back(&p);
    }
    if (kw_only && rest.size() == 1 && rest[0]->type && rest[0]->type->kind == ast::ExprKind::Name &&
        rest[0]->type->as<ast::NameExpr>().name == "Self") {
      if (rest[0]->name == "copy") return tir::MethodKind::Copy;
      if ((rest[0]->name == "take" || rest[0]->name == "move") &&
          (rest[0]->convention == ast::Convention::Deinit || rest[0]->convention == ast::Convention::Owned))
        return tir::MethodKind::Move;
    }
    return tir::MethodKind::Init;
  }
  return tir::MethodKind::Instance;
}
}  // namespace

std::unique_ptr<tir::Function> Checker::build_signature(ModuleInfo& m, const ast::FunctionDef& def, tir::Struct* owner) {
  auto f = std::make_unique<tir::Function>();
  f->name = def.name;
  f->span = def.name_span.valid() ? def.name_span : def.span;
  f->module = m.module;
  f->owner = owner;
  f->raises = def.raises || (!def.is_fn && m.edition.def_raises);
  f->is_main = def.name == "main" && !owner;
  apply_cpp_binding(*f, def, owner);
  Type self_type = owner ? owner->type : trait_self;
  if (self_type) f->method_kind = method_kind(def);
  bool is_ctor = f->method_kind == tir::MethodKind::Init || f->method_kind == tir::MethodKind::Copy ||
                 f->method_kind == tir::MethodKind::Move;
  if (f->method_kind == tir::MethodKind::Del) f->raises = false;  // a destructor cannot raise
  bool ok = true;
  // Compile-time parameters `[T: Trait, n: Int]`: a scope of their own,
  // inside the struct's (a parametric struct's methods see its parameters).
  // Unbound, the function is generic; bound (binding_values), an instance.
  Scope* saved_scope = scope;
  Scope* base = owner && struct_infos.count(owner) ? struct_infos.at(owner)->env.get() : nullptr;
  scope = base;
  std::unique_ptr<Scope> env;
  const std::vector<tir::ParamValue>* binding = binding_values;
  binding_values = nullptr;  // not for functions the signature's types instantiate
  std::vector<ParamDecl> decls;
  if (def.has_param_list || !def.params.empty()) {
    env = std::make_unique<Scope>(base);
    decls = declare_params(def.params, *env, binding, ok);
    scope = env.get();
  }
  // Argument types that leave parameters open (`s: Some[Shape]`, `g: Grid`)
  // add implicit, inferred parameters after the written ones.
  std::size_t next_implicit = decls.size();
  int implicit_count = 0;
  auto arg_type = [&](const ast::Expr& te) -> Type {
    if (te.kind == ast::ExprKind::Subscript) {
      auto& sub = te.as<ast::SubscriptExpr>();
      bool some = sub.object->kind == ast::ExprKind::Name && sub.object->as<ast::NameExpr>().name == "Some" &&
                  !lookup("Some") && sub.indices.size() == 1 &&
                  !(sub.indices[0].value->kind == ast::ExprKind::Name &&
                    sub.indices[0].value->as<ast::NameExpr>().name == "Writer");
      if (some) {
        ParamDecl d;
        d.is_type = d.infer_only = true;
        d.span = te.span;
        d.name = "Some[...]";
        std::function<void(const ast::Expr&)> add = [&](const ast::Expr& x) {
          if (x.kind == ast::ExprKind::Binary && x.as<ast::BinaryExpr>().op == ast::BinOp::BitAnd) {
            add(*x.as<ast::BinaryExpr>().lhs);
            add(*x.as<ast::BinaryExpr>().rhs);
            return;
          }
          std::string n = x.kind == ast::ExprKind::Name ? x.as<ast::NameExpr>().name : "";
          const Symbol* ts = n.empty() ? nullptr : lookup(n);
          if (ts && ts->kind == Symbol::Kind::Trait) d.bounds.push_back(ts->trait);
          else if (const tir::Trait* bt = !ts && !n.empty() ? edition_trait(n) : nullptr) d.bounds.push_back(bt);
          else if (n != "AnyType" && n != "Copyable" && n != "Movable" && n != "ImplicitlyCopyable" && n != "Deinitable")
            error(diag::Code::UndefinedName, x.span, "'" + (n.empty() ? std::string("this") : n) + "' is not a trait");
        };
        add(*sub.indices[0].value);
        std::string shown;
        for (auto* b : d.bounds) shown += (shown.empty() ? "" : " & ") + b->name;
        d.name = "Some[" + shown + "]";
        if (binding) return next_implicit < binding->size() ? (*binding)[next_implicit++].type : types::invalid();
        d.symbolic = types::make_param(d.name, d.bounds);
        decls.push_back(d);
        return d.symbolic;
      }
    }
    // `g: Grid`, `Grid[...]`, `Grid[_, _]`, `Grid[*_]`, `Grid[3, _]`: automatic
    // parameterization (open parameters become implicit ones)
    const ast::Expr* head = te.kind == ast::ExprKind::Subscript ? te.as<ast::SubscriptExpr>().object.get() : &te;
    const std::vector<ast::Argument>* idx = te.kind == ast::ExprKind::Subscript ? &te.as<ast::SubscriptExpr>().indices : nullptr;
    auto is_hole = [](const ast::Expr& x) {
      return x.kind == ast::ExprKind::Ellipsis || x.kind == ast::ExprKind::Starred ||
             (x.kind == ast::ExprKind::Name && x.as<ast::NameExpr>().name == "_");
    };
    bool has_hole = false;
    if (idx)
      for (auto& a : *idx) has_hole |= is_hole(*a.value);
    if (head->kind == ast::ExprKind::Name && (!idx || has_hole))
      if (const Symbol* s = lookup(head->as<ast::NameExpr>().name); s && s->kind == Symbol::Kind::Struct) {
        StructInfo& gs = *struct_infos.at(s->strukt);
        if (!gs.defined) define_struct(gs);
        if (gs.env && !gs.generic) {
          // what each parameter is: written, a hole, or (not mentioned) open/default
          std::vector<const ast::Expr*> written(gs.params.size(), nullptr);
          std::vector<bool> open(gs.params.size(), !idx);
          bool rest_open = !idx;
          if (idx) {
            std::size_t pos = 0;
            for (auto& a : *idx) {
              const ast::Expr& x = *a.value;
              if (x.kind == ast::ExprKind::Ellipsis || x.kind == ast::ExprKind::Starred) { rest_open = true; break; }
              if (pos >= gs.params.size()) break;
              if (is_hole(x)) open[pos] = true;
              else written[pos] = &x;
              ++pos;
            }
          }
          std::vector<tir::ParamValue> vals;
          for (std::size_t i = 0; i < gs.params.size(); ++i) {
            auto& p = gs.params[i];
            bool is_open = open[i] || (!written[i] && (rest_open || !p.default_value));
            if (!is_open) {
              std::optional<tir::ParamValue> v;
              if (written[i]) v = param_argument(*written[i], p, gs.decl->name);
              else {
                Scope* sv = scope;
                scope = nullptr;
                v = param_argument(*p.default_value, p, gs.decl->name);
                scope = sv;
              }
              vals.push_back(v ? *v : tir::ParamValue{});
              continue;
            }
            if (binding) {
              vals.push_back(next_implicit < binding->size() ? (*binding)[next_implicit++] : tir::ParamValue{});
              continue;
            }
            ParamDecl d = p;
            d.infer_only = true;
            d.default_value = nullptr;
            d.ref_name = "$" + p.name + "#" + std::to_string(implicit_count++);
            tir::ParamValue v;
            if (p.is_type) v.type = d.symbolic = types::make_param(p.name, p.bounds);
            else v.value = std::make_shared<tir::ParamRef>(p.value_type, te.span, d.ref_name);
            vals.push_back(v);
            decls.push_back(d);
          }
          return instantiate_struct(gs, vals, te.span);
        }
      }
    return resolve_type(te);
  };

  if (def.has_capture_list && !building_closure) {
    error(diag::Code::InvalidCaptureList, def.span, "only a nested function has a capture list");
    ok = false;
  }
  // `raises StopIteration` (the iterator protocol) raises like any function;
  // other typed raises are not modelled yet
  bool stop_iteration = def.raises_type && def.raises_type->kind == ast::ExprKind::Name &&
                        def.raises_type->as<ast::NameExpr>().name == "StopIteration";
  if (stop_iteration) f->raises = true;
  if (def.raises_type && !stop_iteration) {
    // `raises MyError`: the function raises values of that struct
    Type t = resolve_type(*def.raises_type);
    if (types::is_struct(t)) {
      f->raises = true;
      f->error_type = t;
    } else if (t->kind != TypeKind::Invalid && t != types::error()) {
      unsupported(def.raises_type->span, "typed 'raises' of a '" + types::display(t) + "'");
      ok = false;
    } else {
      f->raises = true;
    }
    if (f->is_main && f->error_type) {
      unsupported(def.raises_type->span, "a 'main' with typed 'raises'");
      ok = false;
    }
  }
  if (!def.result_name.empty()) { unsupported(def.span, "named result"); ok = false; }
  for (auto& d : def.decorators) {
    if (d.name == "always_inline" || d.name == "inline" || d.name == "noinline" || d.name == "no_inline" ||
        d.name == "export")
      continue;
    if (d.name == "staticmethod" && self_type) continue;
    if (building_closure && (d.name == "parameter" || d.name == "__parameter" || d.name == "__copy_capture")) continue;
    if (d.name == "__cpp") continue;  // apply_cpp_binding
    if (d.name == "implicit" && f->method_kind == tir::MethodKind::Init) {
      f->implicit_init = true;
      continue;
    }
    unsupported(d.span, "decorator '@" + d.name + "'");
    ok = false;
  }
  fn = f.get();
  bool kw_only = false;
  bool self_seen = !self_type || f->method_kind == tir::MethodKind::Static;
  for (auto& p : def.args) {
    if (p.kind == ast::Param::Kind::KwOnlyMarker) { kw_only = true; continue; }
    if (p.kind == ast::Param::Kind::PosOnlyMarker) continue;
    bool variadic = p.kind == ast::Param::Kind::VarPositional;
    if (variadic && kw_only) {
      error(diag::Code::InvalidSyntax, p.type ? find_before(p.type->span, p.name) : p.span,
            "cannot have two '*' markers in the same argument list");
      ok = false;
      continue;
    }
    bool kwargs = p.kind == ast::Param::Kind::VarKeyword;
    if (kwargs && p.convention != ast::Convention::Owned) {
      error(diag::Code::InvalidSyntax, p.type ? find_before(p.type->span, "**") : p.span,
            "variadic keyword arguments only support the 'var' convention; add 'var' before '**'");
      ok = false;
    }
    if (variadic && p.type && p.type->kind == ast::ExprKind::Starred) {
      // `*args: *Ts`: generic code sees one pack; an instance one argument per element
      const ast::Expr& tn = *p.type->as<ast::StarredExpr>().operand;
      const Symbol* ts = tn.kind == ast::ExprKind::Name ? lookup(tn.as<ast::NameExpr>().name) : nullptr;
      auto conv = p.convention == ast::Convention::Default ? ast::Convention::Read : p.convention;
      auto add_param = [&](std::unique_ptr<tir::Local> l) {
        l->id = static_cast<int>(f->locals.size());
        f->params.push_back(l.get());
        f->defaults.push_back(nullptr);
        f->keyword_only.push_back(false);
        f->locals.push_back(std::move(l));
      };
      if (ts && ts->kind == Symbol::Kind::Pack) {
        auto pack = std::make_unique<tir::Local>();
        pack->name = p.name;
        pack->type = types::pack_of(types::none());
        pack->span = p.span;
        pack->is_mutable = false;
        std::vector<const tir::Local*> elems;
        for (std::size_t k = 0; k < ts->pack.size(); ++k) {
          auto l = std::make_unique<tir::Local>();
          l->name = p.name + "_" + std::to_string(k);
          l->type = ts->pack[k].type ? ts->pack[k].type : types::invalid();
          l->span = p.span;
          l->is_param = true;
          l->convention = conv;
          l->is_mutable = conv == ast::Convention::Mut || conv == ast::Convention::Owned;
          elems.push_back(l.get());
          add_param(std::move(l));
        }
        pack->id = static_cast<int>(f->locals.size());
        pack_elements[pack.get()] = elems;
        Symbol sym;
        sym.kind = Symbol::Kind::Local;
        sym.local = pack.get();
        sym.span = p.span;
        if (env) env->define(p.name, sym);
        f->locals.push_back(std::move(pack));
      } else if (ts && ts->kind == Symbol::Kind::TypeParam) {
        auto l = std::make_unique<tir::Local>();
        l->name = p.name;
        l->type = types::pack_of(ts->type);
        l->span = p.span;
        l->is_param = true;
        l->is_variadic = true;
        l->convention = conv;
        l->is_mutable = false;
        add_param(std::move(l));
      } else {
        error(diag::Code::TypeMismatch, p.type->span, "'*" + p.name + "' needs a variadic type parameter")
            .with_help("write 'def f[*Ts: Writable](*" + p.name + ": *Ts)'");
        ok = false;
      }
      kw_only = true;
      continue;
    }
    auto l = std::make_unique<tir::Local>();
    l->name = p.name;
    l->span = p.span;
    l->id = static_cast<int>(f->locals.size());
    if (!self_seen) {
      // the receiver: its type is the struct, its convention says how it is held
      self_seen = true;
      l->type = self_type;
      if (p.type) {
        Type written = resolve_type(*p.type);
        if (written != self_type && written->kind != TypeKind::Invalid)
          error(diag::Code::TypeMismatch, p.type->span, "'self' must have type '" + types::display(self_type) + "'");
      }
      if (is_ctor) {
        // `out self`: the value being built, the constructor's result
        // (`inout self` in editions before `out` existed)
        bool legacy_inout = m.edition.legacy && p.convention == ast::Convention::Mut;
        if (p.convention != ast::Convention::Out && !legacy_inout)
          error(diag::Code::TypeMismatch, f->span, "__init__ method must return Self type with 'out' argument")
              .with_help("write '" + def.name + "(out self, ...)'");
        l->is_mutable = true;
        l->convention = ast::Convention::Out;
        f->self = l.get();
        f->result = self_type;
        f->locals.push_back(std::move(l));
        continue;
      }
      l->is_param = true;
      l->convention = p.convention == ast::Convention::Default ? ast::Convention::Read : p.convention;
      if (f->method_kind == tir::MethodKind::Del) {
        if (p.convention != ast::Convention::Deinit && p.convention != ast::Convention::Owned)
          error(diag::Code::TypeMismatch, p.span, "'self' argument must be passed as 'deinit'")
              .with_help("write '" + def.name + "(deinit self)'");
        l->convention = ast::Convention::Deinit;
      }
      if (l->convention == ast::Convention::Out) {
        error(diag::Code::TypeMismatch, p.span, "'out self' is only valid in a constructor ('__init__')");
        l->convention = ast::Convention::Mut;
      }
      l->is_mutable = l->convention == ast::Convention::Mut || l->convention == ast::Convention::Owned ||
                      l->convention == ast::Convention::Deinit;
      f->self = l.get();
      f->params.push_back(l.get());
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
      f->locals.push_back(std::move(l));
      continue;
    }
    Type t = types::invalid();
    if (!p.type) {
      unsupported(p.span, "untyped argument '" + p.name + "'");
      ok = false;
    } else {
      t = arg_type(*p.type);
      if (t->kind == TypeKind::StringLiteral) t = storage_type(*p.type);  // reports it
    }
    if (p.convention == ast::Convention::Out) {
      // a named result: not an argument at all, the value the body builds
      if (f->out_result || def.result) {
        error(diag::Code::TypeMismatch, p.span, "a function has one result: an 'out' argument or '-> T', not both");
        ok = false;
      }
      l->type = t;
      l->is_mutable = true;
      l->convention = ast::Convention::Out;
      f->out_result = l.get();
      f->locals.push_back(std::move(l));
      continue;
    }
    if (p.convention == ast::Convention::Deinit && f->method_kind != tir::MethodKind::Move) {
      error(diag::Code::TypeMismatch, p.span, "'deinit' is only valid for 'self' or a move constructor's argument");
      ok = false;
    }
    l->type = t;
    l->is_param = true;
    l->convention = p.convention;
    bool legacy_copy = !def.is_fn && m.edition.def_raises;  // legacy def: args are mutable copies
    // a `ref` argument binds the caller's value itself; mojoc lets it be read
    // (writing through it needs a mutable origin, which mojoc does not infer)
    l->is_mutable = p.convention == ast::Convention::Mut || p.convention == ast::Convention::Owned ||
                    p.convention == ast::Convention::Deinit || legacy_copy;
    if (legacy_copy && p.convention == ast::Convention::Default) l->convention = ast::Convention::Owned;
    if (kwargs) {
      // owned by the callee: a list of (keyword, value) entries
      l->type = types::kwargs_of(t);
      l->is_kwargs = true;
      l->is_mutable = true;
      l->convention = ast::Convention::Owned;
    }
    if (variadic) {
      // the elements are borrowed (or `mut`): the pack itself is a read-only view
      l->type = types::variadic_of(t, p.convention == ast::Convention::Mut);
      l->is_variadic = true;
      l->is_mutable = false;
      l->convention = p.convention == ast::Convention::Mut ? ast::Convention::Mut : ast::Convention::Read;
    }
    for (auto* prev : f->params)
      if (prev->name == p.name) {
        error(diag::Code::Redefinition, p.span, "duplicate argument '" + p.name + "'");
        ok = false;
      }
    f->params.push_back(l.get());
    tir::ExprPtr dflt;
    if (p.default_value) {
      dflt = check_expr(*p.default_value);
      if (t->kind != TypeKind::Invalid) dflt = coerce(dflt, t, "in default argument");
      // a constant, or a constructor call over constants (`stop: Optional[Int] = None`):
      // every call site evaluates the same tree
      std::function<bool(const tir::Expr&)> is_constant = [&](const tir::Expr& x) {
        switch (x.kind) {
          case tir::ExprKind::IntConst: case tir::ExprKind::FloatConst:
          case tir::ExprKind::BoolConst: case tir::ExprKind::StringConst: return true;
          case tir::ExprKind::Op: return x.as<tir::Op>().op == tir::OpKind::NoneValue;
          case tir::ExprKind::Convert: return is_constant(*x.as<tir::Convert>().operand);
          case tir::ExprKind::Call: {
            auto& c = x.as<tir::Call>();
            if (c.callee_value || c.raises || c.callee->method_kind != tir::MethodKind::Init) return false;
            for (auto& a : c.args)
              if (!is_constant(*a)) return false;
            return true;
          }
          default: return false;
        }
      };
      bool is_const = is_constant(*dflt);
      if (!is_const && dflt->type->kind != TypeKind::Invalid) {
        unsupported(p.default_value->span, "non-constant default value");
        ok = false;
      }
    }
    f->defaults.push_back(dflt);
    f->keyword_only.push_back(kw_only || kwargs);  // `**opts` never takes a positional argument
    f->locals.push_back(std::move(l));
    if (variadic) kw_only = true;  // what follows `*values` is passed by keyword
  }
  if (self_type && !self_seen) {
    error(diag::Code::MissingArgument, f->span, "method '" + def.name + "' must take 'self' as its first argument")
        .with_help("write 'def " + def.name + "(self, ...)', or mark it '@staticmethod'");
    f->method_kind = tir::MethodKind::Static;
  }
  if (f->out_result) f->result = f->out_result->type;
  else if (!is_ctor && def.result && def.result->kind == ast::ExprKind::RefType) {
    // -> ref [origins] T: the origins name what the result lives in; mojoc
    // passes those (`ref` arguments and `ref self`) by mutable reference
    f->result = resolve_type(*def.result->as<ast::RefTypeExpr>().type);
    f->returns_ref = true;
    if (f->raises) {
      unsupported(def.result->span, "a raising function with a 'ref' result");
      ok = false;
    }
  } else if (!is_ctor) f->result = !def.result ? types::none() : resolve_type(*def.result);
  else if (def.result) error(diag::Code::TypeMismatch, def.result->span, "a constructor builds 'self' and has no result type");
  // an instance whose function parameter is bound to a closure receives the
  // closure as a hidden argument (it lives in the caller's frame)
  if (binding)
    for (std::size_t i = 0; i < decls.size() && i < binding->size(); ++i) {
      const tir::ParamValue& v = (*binding)[i];
      if (decls[i].is_type || !v.function || !v.function->is_closure) continue;
      auto l = std::make_unique<tir::Local>();
      l->name = decls[i].name;
      l->type = closure_types.count(v.function) ? closure_types.at(v.function) : types::invalid();
      l->span = decls[i].span;
      l->id = static_cast<int>(f->locals.size());
      l->is_param = true;
      l->is_mutable = false;
      l->convention = ast::Convention::Read;
      Symbol sym;
      sym.kind = Symbol::Kind::Local;
      sym.local = l.get();
      sym.span = decls[i].span;
      if (env) env->define(decls[i].name, sym);
      f->params.push_back(l.get());
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
      f->locals.push_back(std::move(l));
    }
  if (!binding && !decls.empty()) {
    for (auto& d : decls)
      if (d.is_type) f->type_params.push_back(d.symbolic);
    f->is_generic = true;
    fn_params[f.get()] = std::move(decls);
  }
  fn = nullptr;
  scope = saved_scope;
  if (env) env_scopes[f.get()] = std::move(env);
  if (f->is_main && (!f->params.empty() || f->result != types::none()) && m.module == program->root) {
    error(diag::Code::TypeMismatch, f->span, "'main' must take no arguments and return nothing");
    ok = false;
  }
  (void)ok;
  return f;
}

void Checker::declare_function(ModuleInfo& m, const ast::FunctionDef& def) {
  auto f = build_signature(m, def, nullptr);
  tir::Function* raw = f.get();
  m.defs[raw] = &def;
  auto& set = m.overloads[def.name];
  if (set.empty()) {
    if (auto* prev = m.scope.lookup_local(def.name)) {
      error(diag::Code::Redefinition, raw->span, "invalid redefinition of '" + def.name + "'").note(prev->span, "previous definition here");
    }
  } else {
    // Same signature twice is a redefinition; different argument types overload.
    for (auto* other : set) {
      bool same = other->params.size() == raw->params.size();
      for (std::size_t i = 0; same && i < raw->params.size(); ++i) same = other->params[i]->type == raw->params[i]->type;
      if (same) error(diag::Code::Redefinition, raw->span, "invalid redefinition of '" + def.name + "'").note(other->span, "previous definition here");
    }
    for (auto* other : set) other->overloaded = true;
    raw->overloaded = true;
  }
  set.push_back(raw);
  Symbol sym;
  sym.kind = Symbol::Kind::Functions;
  sym.functions = &set;
  sym.span = raw->span;
  m.scope.define(def.name, sym);
  m.module->functions.push_back(std::move(f));
}

void Checker::check_function_body(ModuleInfo& m, tir::Function& f, const ast::FunctionDef& def) {
  cur_struct = nullptr;
  check_body(m, f, def);
}

void Checker::check_body(ModuleInfo& m, tir::Function& f, const ast::FunctionDef& def) {
  if (f.bound) {  // implemented by the C++ runtime: only its signature matters
    f.body_checked = true;
    return;
  }
  mod = &m;
  fn = &f;
  scope = env_of(f);  // the compile-time parameters, symbolic or bound
  push_scope();
  (void)def;
  for (auto* p : f.params) {
    Symbol s;
    s.kind = Symbol::Kind::Local;
    s.local = p;
    s.span = p->span;
    scope->define(p->name, s);
  }
  loop_depth = 0;
  hoisted.clear();
  uninit.clear();
  moved_at.clear();
  raise_ctx.clear();
  raise_types.clear();
  handling.clear();
  bool is_ctor = f.method_kind == tir::MethodKind::Init || f.method_kind == tir::MethodKind::Copy ||
                 f.method_kind == tir::MethodKind::Move;
  if (is_ctor && f.self) {
    // `out self` starts uninitialized; its fields are assigned one by one
    Symbol s;
    s.kind = Symbol::Kind::Local;
    s.local = const_cast<tir::Local*>(f.self);
    s.span = f.self->span;
    scope->define(f.self->name, s);
  }
  uninit_fields.clear();
  if (is_ctor && f.owner)
    for (std::size_t i = 0; i < f.owner->fields.size(); ++i) uninit_fields.insert(static_cast<int>(i));
  if (f.out_result) {
    Symbol s;
    s.kind = Symbol::Kind::Local;
    s.local = const_cast<tir::Local*>(f.out_result);
    s.span = f.out_result->span;
    scope->define(f.out_result->name, s);
    uninit.insert(f.out_result);
  }
  check_block(def.body, f.body);
  if (f.out_result && !block_terminates(f.body) && uninit.count(f.out_result))
    error(diag::Code::FieldUninitialized, f.span,
          "'" + f.out_result->name + "' is uninitialized at the implicit return from this function")
        .note(f.out_result->span, "the 'out' argument is declared here");
  if (f.result != types::none() && f.result->kind != TypeKind::Invalid && !is_ctor && !f.out_result && !block_terminates(f.body)) {
    error(diag::Code::MissingReturn, f.span, "missing return statement: return expected at end of function '" + f.name +
                                                  "' returning '" + types::display(f.result) + "'");
  }
  if (is_ctor && !block_terminates(f.body)) check_fields_initialized(f, def);
  uninit_fields.clear();
  place_destructions(f);
  pop_scope();
  f.body_checked = true;
  fn = nullptr;
  scope = nullptr;
}

// Does control never fall off the end of this block?
bool Checker::block_terminates(const tir::Block& b) const {
  if (b.empty()) return false;
  const tir::Stmt& last = *b.back();
  switch (last.kind) {
    case tir::StmtKind::Return:
    case tir::StmtKind::Raise:
      return true;
    case tir::StmtKind::If: {
      auto& s = last.as<tir::If>();
      if (s.cond->kind == tir::ExprKind::BoolConst)
        return block_terminates(s.cond->as<tir::BoolConst>().value ? s.then : s.orelse);
      return block_terminates(s.then) && block_terminates(s.orelse);
    }
    case tir::StmtKind::While: {
      auto& s = last.as<tir::While>();
      if (s.cond->kind != tir::ExprKind::BoolConst || !s.cond->as<tir::BoolConst>().value) return false;
      // while True without a break that leaves it
      std::function<bool(const tir::Block&)> has_break = [&](const tir::Block& blk) {
        for (auto& st : blk) {
          if (st->kind == tir::StmtKind::Break) return true;
          if (st->kind == tir::StmtKind::If) {
            auto& i = st->as<tir::If>();
            if (has_break(i.then) || has_break(i.orelse)) return true;
          }
          if (st->kind == tir::StmtKind::Try) {
            auto& t = st->as<tir::Try>();
            if (has_break(t.body) || has_break(t.handler) || has_break(t.orelse) || has_break(t.finalbody)) return true;
          }
        }
        return false;
      };
      return !has_break(s.body);
    }
    case tir::StmtKind::Try: {
      auto& t = last.as<tir::Try>();
      if (block_terminates(t.finalbody)) return true;
      bool body = block_terminates(t.body) || block_terminates(t.orelse);
      return body && (!t.has_handler || block_terminates(t.handler));
    }
    default:
      return false;
  }
}

}  // namespace mojoc::sema
