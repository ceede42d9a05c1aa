// Structs: names (pass 1), members (pass 2), synthesized lifecycle methods.
//
//   @fieldwise_init
//   struct P(Copyable, Movable):      ⟶ Struct P, fields [x: Int, name: String]
//       var x: Int                         methods: __init__(out self, x: Int, var name: String)  (synthesized)
//       var name: String                            copy (synthesized: fieldwise copy)
//       def area(self) -> Int: ...                  move (synthesized: fieldwise move)
//                                                   area(self: read P) -> Int
//
// Lifecycle, per edition:
//   * Copyable: a copy constructor exists (the user's `__copyinit__` or
//     `__init__(out self, *, copy: Self)`, else a synthesized fieldwise copy).
//   * ImplicitlyCopyable (1.x; legacy: Copyable or @value): `var b = a` copies
//     without `.copy()`.
//   * Movable: a move constructor exists (the user's or a fieldwise one).
//   * A destructor runs user code when the struct or one of its fields
//     defines `__del__`/`__deinit__`; only then does sema emit Destroy nodes.
#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// The built-in traits that only say which lifecycle operations exist.
bool lifecycle_trait(const std::string& n) {
  return n == "Copyable" || n == "Movable" || n == "ImplicitlyCopyable" || n == "AnyType" ||
         n == "ExplicitlyCopyable" || n == "UnknownDestructibility" || n == "RegisterPassable" || n == "Deinitable" ||
         n == "Iterator" || n == "Iterable" ||
         n == "TrivialRegisterPassable";
}
}  // namespace

void Checker::declare_struct_name(ModuleInfo& m, const ast::StructDef& def) {
  auto st = std::make_unique<tir::Struct>();
  st->name = def.name;
  st->span = def.name_span.valid() ? def.name_span : def.span;
  st->module = m.module;
  st->type = types::make_struct(def.name, def.name, st.get());
  // stdlib/builtin/string.mojo: `@__cpp("mojo::String") struct String` is the
  // method table of the built-in String type, so its Self is that type
  bool string_methods = false;
  if (def.name == "String")
    for (auto& d : def.decorators) {
      std::string name, include;
      if (d.name == "__cpp" && read_cpp_binding(d, name, include) && name == "mojo::String") string_methods = true;
    }
  if (string_methods) st->type = types::string();
  if (auto* prev = m.scope.lookup_local(def.name)) {
    error(diag::Code::Redefinition, st->span, "invalid redefinition of '" + def.name + "'")
        .note(prev->span, "previous definition here");
    return;
  }
  auto info = std::make_unique<StructInfo>();
  info->def = &def;
  info->module = &m;
  info->decl = st.get();
  Symbol sym;
  sym.kind = Symbol::Kind::Struct;
  sym.strukt = st.get();
  sym.type = st->type;
  sym.span = st->span;
  m.scope.define(def.name, sym);
  if (string_methods) builtin_tables[TypeKind::String] = info.get();
  struct_infos[st.get()] = std::move(info);
  m.module->structs.push_back(std::move(st));
}

// The declared methods of a built-in type (String: stdlib/builtin/string.mojo),
// loaded the first time a program calls one; null without the stdlib.
StructInfo* Checker::builtin_method_table(Type t) {
  if (t->kind != TypeKind::String) return nullptr;
  if (!builtin_tables.count(TypeKind::String)) {
    builtin_tables[TypeKind::String] = nullptr;  // loading: the file's own String names find nothing yet
    stdlib_module("builtin.string");
  }
  StructInfo* si = builtin_tables[TypeKind::String];
  if (si && !si->defined) {
    FunctionState saved = suspend_function();
    mod = si->module;
    define_struct(*si);
    resume_function(std::move(saved));
  }
  return si;
}

void Checker::define_struct(StructInfo& si) {
  if (si.defined) return;
  si.defined = true;
  si.defining = true;
  const ast::StructDef& def = *si.def;
  tir::Struct& st = *si.decl;
  StructInfo* saved = cur_struct;
  cur_struct = &si;
  if ((def.has_param_list || !def.params.empty()) && !si.generic) {
    // the generic struct itself: its members are checked once, with symbolic
    // parameters; instances (instantiate.cpp) bind them
    si.env = std::make_unique<Scope>(nullptr);
    bool ok = true;
    si.params = declare_params(def.params, *si.env, nullptr, ok);
    st.is_generic = true;
  }
  Scope* saved_scope = scope;
  scope = si.env.get();  // field and method types may name the parameters
  for (auto& d : def.decorators) {
    if (d.name == "fieldwise_init") si.fieldwise_init = true;
    else if (d.name == "value") si.fieldwise_init = si.value_decorator = true;
    else if (d.name == "register_passable") st.register_passable = true;
    else if (read_cpp_binding(d, st.binding, st.binding_include)) continue;
    else unsupported(d.span, "decorator '@" + d.name + "'");
  }
  // Conformances: lifecycle traits set flags; the others are checked below.
  bool says_copyable = false, says_implicit = false, says_movable = false;
  std::function<void(const ast::Expr&)> add_trait = [&](const ast::Expr& t) {
    if (t.kind == ast::ExprKind::Binary && t.as<ast::BinaryExpr>().op == ast::BinOp::BitAnd) {
      add_trait(*t.as<ast::BinaryExpr>().lhs);
      add_trait(*t.as<ast::BinaryExpr>().rhs);
      return;
    }
    if (t.kind != ast::ExprKind::Name) {
      unsupported(t.span, "this trait expression");
      return;
    }
    const std::string& n = t.as<ast::NameExpr>().name;
    if (lifecycle_trait(n)) {
      says_copyable |= n == "Copyable" || n == "ImplicitlyCopyable" || n == "ExplicitlyCopyable";
      says_implicit |= n == "ImplicitlyCopyable" || (n == "Copyable" && si.module->edition.legacy);
      says_movable |= n == "Movable" || n == "Copyable" || n == "ImplicitlyCopyable";
      return;
    }
    const Symbol* s = lookup(n);
    if (s && s->kind == Symbol::Kind::Trait) {
      st.traits.push_back(s->trait);
      return;
    }
    if (!s)
      if (const tir::Trait* bt = edition_trait(n)) {
        st.traits.push_back(bt);
        return;
      }
    if (s && s->kind == Symbol::Kind::Poisoned) return;
    error(diag::Code::UndefinedName, t.span, "use of unknown declaration '" + n + "'")
        .with_help("declare the trait, or import it");
  };
  for (auto& t : def.traits) add_trait(*t);

  // Members.
  bool deferring_members = false;
  for (auto& sp : def.body) {
    if (!sp) continue;
    const ast::Stmt& s = *sp;
    switch (s.kind) {
      case ast::StmtKind::Var: {
        auto& v = s.as<ast::VarStmt>();
        if (v.target->kind != ast::ExprKind::Name) {
          unsupported(v.target->span, "this field declaration");
          break;
        }
        const std::string& name = v.target->as<ast::NameExpr>().name;
        if (!v.type) {
          error(diag::Code::UnknownType, v.target->span, "field '" + name + "' needs a type");
          break;
        }
        if (v.value) unsupported(v.value->span, "a default value for a field");
        tir::Field f;
        f.name = name;
        f.span = v.target->span;
        f.type = storage_type(*v.type);
        if (f.type == st.type) {
          error(diag::Code::TypeMismatch, v.type->span, "struct '" + st.name + "' cannot contain itself");
          f.type = types::invalid();
        }
        if (types::is_struct(f.type)) {
          StructInfo& inner = *struct_infos.at(f.type->decl);
          if (inner.defined && inner.defining) {
            error(diag::Code::TypeMismatch, v.type->span,
                  "struct '" + st.name + "' cannot contain itself: field '" + name + "' of type '" +
                      types::display(f.type) + "' contains '" + st.name + "'")
                .with_help("hold the other value through a pointer");
            f.type = types::invalid();
          } else {
            define_struct(inner);
          }
        }
        bool dup = false;
        for (auto& other : st.fields)
          if (other.name == name) {
            error(diag::Code::Redefinition, s.span, "invalid redefinition of '" + name + "'")
                .note(other.span, "previous definition here");
            dup = true;
          }
        if (!dup) st.fields.push_back(f);
        break;
      }
      case ast::StmtKind::Comptime: {
        auto& c = s.as<ast::ComptimeStmt>();
        if (c.value && c.value->kind == ast::ExprKind::Name && (types::by_name(c.value->as<ast::NameExpr>().name) ||
                                                                 lookup(c.value->as<ast::NameExpr>().name))) {
          const Symbol* ts = lookup(c.value->as<ast::NameExpr>().name);
          if (!ts || ts->kind == Symbol::Kind::Struct) {
            resolve_type(*c.value);  // `comptime Element = Int`: a type member (Iterator's element type)
            break;
          }
        }
        if (si.module->state == ModuleInfo::State::Loading &&
            (deferring_members || (c.value && calls_something(*c.value)))) {
          deferred_members.emplace_back(&si, &c);  // its functions are not declared yet (nor, then, later members)
          deferring_members = true;
          break;
        }
        define_struct_constant(si, c);
        break;
      }
      case ast::StmtKind::Function: {
        auto& fd = s.as<ast::FunctionDef>();
        auto f = build_signature(*si.module, fd, &st);
        tir::Function* raw = f.get();
        si.defs[raw] = &fd;
        auto& set = si.methods[fd.name];
        bool dup = false;
        for (auto* other : set) {
          bool same = other->params.size() == raw->params.size() && other->method_kind == raw->method_kind;
          for (std::size_t i = 0; same && i < raw->params.size(); ++i)
            same = other->params[i]->type == raw->params[i]->type && other->params[i]->name == raw->params[i]->name;
          if (same && !dup) {
            error(diag::Code::Redefinition, raw->span, "invalid redefinition of function '" + fd.name + "'")
                .note(other->span, "previous definition here");
            dup = true;
          }
        }
        if (dup) break;  // checked no further: calls see the first definition only
        if (!set.empty()) {
          for (auto* other : set) other->overloaded = true;
          raw->overloaded = true;
        }
        set.push_back(raw);
        for (auto& field : st.fields)
          if (field.name == fd.name)
            error(diag::Code::Redefinition, raw->span, "invalid redefinition of '" + fd.name + "'")
                .note(field.span, "field declared here");
        switch (raw->method_kind) {
          case tir::MethodKind::Copy: st.copy = raw; break;
          case tir::MethodKind::Move: st.move = raw; break;
          case tir::MethodKind::Del: st.del = raw; break;
          default: break;
        }
        st.methods.push_back(std::move(f));
        break;
      }
      case ast::StmtKind::Pass: break;
      case ast::StmtKind::Expr:
        if (s.as<ast::ExprStmt>().expr->kind == ast::ExprKind::StringLit ||
            s.as<ast::ExprStmt>().expr->kind == ast::ExprKind::Ellipsis)
          break;  // docstring
        [[fallthrough]];
      default:
        unsupported(s.span, "this statement in a struct body");
        break;
    }
  }

  // Lifecycle flags.
  bool user_copy = st.copy != nullptr, user_move = st.move != nullptr;
  st.copyable = says_copyable || user_copy || si.value_decorator || st.register_passable;
  st.implicitly_copyable = says_implicit || si.value_decorator || st.register_passable ||
                           (user_copy && si.module->edition.legacy);
  // 1.x: every struct can be moved unless it is explicitly not Movable; a
  // legacy struct needs a move constructor, Movable or @value.
  st.movable = says_movable || user_move || si.value_decorator || st.register_passable || !si.module->edition.legacy;
  st.needs_destroy = st.del != nullptr;
  for (auto& f : st.fields) st.needs_destroy |= needs_destroy(f.type);
  if (!st.binding.empty()) {
    // a container is only as copyable as what it holds
    for (auto& v : st.param_values)
      if (v.type && !is_copyable(v.type)) st.copyable = st.implicitly_copyable = false;
    st.needs_destroy = false;  // its declared __del__ runs user code only through what it holds
    for (auto& v : st.param_values)
      if (v.type) instantiate_key_hash(v.type, st.span);  // check_bindings.cpp
    // a runtime container holds its parameters' values: destroying it runs
    // their destructors (its m__del__ calls them; stdlib/README.md)
    std::function<void(const tir::ParamValue&)> holds = [&](const tir::ParamValue& v) {
      if (v.type) st.needs_destroy |= needs_destroy(v.type);
      for (auto& e : v.pack) holds(e);
    };
    for (auto& v : st.param_values) holds(v);
  }
  // Fields must support what the struct promises.
  if (st.copyable && !user_copy)
    for (auto& f : st.fields)
      if (f.type->kind != TypeKind::Invalid && !is_copyable(f.type)) {
        error(diag::Code::NotCopyable, f.span,
              "struct '" + st.name + "' cannot be Copyable: field '" + f.name + "' of type '" +
                  types::display(f.type) + "' is not copyable")
            .with_help("define a copy constructor, or drop the Copyable conformance");
        st.copyable = st.implicitly_copyable = false;
      }
  si.defining = false;
  synthesize_members(si);
  cur_struct = saved;
  scope = saved_scope;
}

// A struct's `comptime` member, evaluated like a function-local constant and
// owned by the struct.  In a generic struct a member computed from the
// parameters stays symbolic (an instance folds it).
void Checker::define_struct_constant(StructInfo& si, const ast::ComptimeStmt& c) {
  tir::Struct& st = *si.decl;
  tir::Function holder;
  tir::Function* saved_fn = fn;
  Scope* saved_scope = scope;
  StructInfo* saved_struct = cur_struct;
  Scope tmp(si.env.get());  // a member may use the struct's parameters
  fn = &holder;
  scope = &tmp;
  cur_struct = &si;
  tir::Global* g = check_comptime(c, nullptr);
  fn = saved_fn;
  scope = saved_scope;
  cur_struct = saved_struct;
  if (g) {
    for (auto& up : holder.local_constants) st.constants.push_back(std::move(up));
    si.constants[c.name] = g;
  } else if (const Symbol* sym = tmp.lookup_local(c.name); sym && si.env &&
             (sym->kind == Symbol::Kind::ValueParam || sym->kind == Symbol::Kind::TypeName ||
              sym->kind == Symbol::Kind::TypeParam)) {
    si.env->define(c.name, *sym);  // Self.name: symbolic, or a type
  }
}

bool Checker::needs_destroy(Type t) const {
  if (t->kind == TypeKind::TypeParam) return true;
  return types::is_struct(t) && t->decl->needs_destroy;
}

bool Checker::is_copyable(Type t) const {
  if (t->kind == TypeKind::TypeParam) return true;
  if (!types::is_struct(t)) return t->kind != TypeKind::Writer;
  return t->decl->copyable;
}

bool Checker::is_implicitly_copyable(Type t) const {
  if (t->kind == TypeKind::TypeParam) return true;
  if (!types::is_struct(t)) return t->kind != TypeKind::Writer;
  return t->decl->implicitly_copyable;
}

bool Checker::is_movable(Type t) const {
  if (!types::is_struct(t)) return true;
  return t->decl->movable;
}

const std::vector<tir::Function*>* Checker::find_methods(Type t, const std::string& name) const {
  if (types::is_stringlike(t)) {
    const StructInfo* table = const_cast<Checker*>(this)->builtin_method_table(types::string());
    if (!table) return nullptr;
    auto m = table->methods.find(name);
    return m == table->methods.end() ? nullptr : &m->second;
  }
  if (!types::is_struct(t)) return nullptr;
  auto it = struct_infos.find(t->decl);
  if (it == struct_infos.end()) return nullptr;
  auto m = it->second->methods.find(name);
  return m == it->second->methods.end() ? nullptr : &m->second;
}

// Synthesized members are ordinary methods with sema-written bodies, so the
// emitter treats them like the user's own:
//   @fieldwise_init  ⟶ __init__(out self, var x: Int, var s: String) { self.x = x^; self.s = s^ }
//   copy             ⟶ __init__(out self, *, copy: Self) { self.x = copy.x (a Copy per field) }
//   move             ⟶ __init__(out self, *, deinit take: Self) { self.x = take.x^ (a Move per field) }
//   destructor       ⟶ only the fields' destruction (see lifetimes.cpp)
void Checker::synthesize_members(StructInfo& si) {
  tir::Struct& st = *si.decl;
  auto make = [&](const char* name, tir::MethodKind kind) {
    auto f = std::make_unique<tir::Function>();
    f->name = name;
    f->span = st.span;
    f->module = st.module;
    f->owner = &st;
    f->method_kind = kind;
    f->synthesized = true;
    auto self = std::make_unique<tir::Local>();
    self->name = "self";
    for (auto& fld : st.fields)
      if (fld.name == "self") self->name = "self_";  // a field (and fieldwise argument) named self
    self->type = st.type;
    self->span = st.span;
    self->is_mutable = true;
    self->convention = kind == tir::MethodKind::Del ? ast::Convention::Deinit : ast::Convention::Out;
    f->self = self.get();
    f->locals.push_back(std::move(self));
    f->result = kind == tir::MethodKind::Del ? types::none() : st.type;
    if (kind == tir::MethodKind::Del) {
      f->params.push_back(f->locals.back().get());
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
      const_cast<tir::Local*>(f->self)->is_param = true;
    }
    f->body_checked = true;
    return f;
  };
  auto add_param = [&](tir::Function& f, const std::string& name, Type t, ast::Convention c, bool kw_only) {
    auto l = std::make_unique<tir::Local>();
    l->name = name;
    l->type = t;
    l->span = st.span;
    l->id = static_cast<int>(f.locals.size());
    l->is_param = true;
    l->convention = c;
    l->is_mutable = c != ast::Convention::Read;
    tir::Local* raw = l.get();
    f.params.push_back(raw);
    f.defaults.push_back(nullptr);
    f.keyword_only.push_back(kw_only);
    f.locals.push_back(std::move(l));
    return raw;
  };
  auto field_of = [&](const tir::Local* base, std::size_t i) {
    return std::make_shared<tir::FieldRef>(st.fields[i].type, st.span,
                                           std::make_shared<tir::LocalRef>(base, st.span), static_cast<int>(i));
  };
  auto register_method = [&](std::unique_ptr<tir::Function> f) {
    tir::Function* raw = f.get();
    auto& set = si.methods[raw->name];
    if (!set.empty()) {
      for (auto* other : set) other->overloaded = true;
      raw->overloaded = true;
    }
    set.push_back(raw);
    st.methods.push_back(std::move(f));
    return raw;
  };
  bool trivial_fields_copy = true, trivial_fields_move = true;
  for (auto& fld : st.fields) {
    if (types::is_struct(fld.type)) {
      trivial_fields_copy &= fld.type->decl->trivial_copy;
      trivial_fields_move &= fld.type->decl->trivial_move;
    }
  }
  if (si.fieldwise_init) {
    bool user_has_it = false;
    if (auto it = si.methods.find("__init__"); it != si.methods.end())
      for (auto* f : it->second)
        if (f->method_kind == tir::MethodKind::Init && f->params.size() == st.fields.size()) {
          bool same = true;
          for (std::size_t i = 0; i < st.fields.size(); ++i) same &= f->params[i]->type == st.fields[i].type;
          user_has_it |= same;
        }
    if (!user_has_it) {
      auto f = make("__init__", tir::MethodKind::Init);
      for (std::size_t i = 0; i < st.fields.size(); ++i) {
        auto* p = add_param(*f, st.fields[i].name, st.fields[i].type, ast::Convention::Owned, false);
        tir::ExprPtr v = std::make_shared<tir::LocalRef>(p, st.span);
        if (types::is_struct(p->type) || p->type->kind == TypeKind::String) v = std::make_shared<tir::Move>(st.span, v);
        f->body.push_back(std::make_unique<tir::Assign>(st.span, field_of(f->self, i), v));
      }
      register_method(std::move(f));
    }
  }
  if (st.copyable && !st.copy) {
    auto f = make("__init__", tir::MethodKind::Copy);
    auto* src = add_param(*f, "copy", st.type, ast::Convention::Read, true);
    for (std::size_t i = 0; i < st.fields.size(); ++i) {
      tir::ExprPtr v = field_of(src, i);
      if (types::is_struct(st.fields[i].type)) v = std::make_shared<tir::Copy>(st.span, v);
      f->body.push_back(std::make_unique<tir::Assign>(st.span, field_of(f->self, i), v));
    }
    st.copy = register_method(std::move(f));
    st.trivial_copy = trivial_fields_copy;
  }
  if (st.movable && !st.move) {
    auto f = make("__init__", tir::MethodKind::Move);
    auto* src = add_param(*f, "take", st.type, ast::Convention::Deinit, true);
    for (std::size_t i = 0; i < st.fields.size(); ++i) {
      tir::ExprPtr v = field_of(src, i);
      if (types::is_struct(st.fields[i].type) || st.fields[i].type->kind == TypeKind::String)
        v = std::make_shared<tir::Move>(st.span, v);
      f->body.push_back(std::make_unique<tir::Assign>(st.span, field_of(f->self, i), v));
    }
    st.move = register_method(std::move(f));
    st.trivial_move = trivial_fields_move;
  }
  if (st.needs_destroy && !st.del) {
    auto f = make("__del__", tir::MethodKind::Del);
    st.del = register_method(std::move(f));  // lifetimes.cpp adds the fields' destruction
  }
  check_conformance(si);
}

// A constructor must initialize every field of `self` before it returns.
void Checker::check_fields_initialized(tir::Function& f, const ast::FunctionDef&) {
  if (uninit_fields.empty() || !f.owner) return;
  const tir::Field& missing = f.owner->fields[*uninit_fields.begin()];
  error(diag::Code::FieldUninitialized, f.span,
        "'self." + missing.name + "' is uninitialized at the implicit return from this function")
      .note(missing.span, "field declared here");
  uninit_fields.clear();
}

void Checker::check_ctor_return(Span at) {
  if (uninit_fields.empty() || !fn || !fn->owner) return;
  const tir::Field& missing = fn->owner->fields[*uninit_fields.begin()];
  error(diag::Code::FieldUninitialized, at, "'self." + missing.name + "' is uninitialized at this return")
      .note(missing.span, "field declared here");
  uninit_fields.clear();
}

}  // namespace mojoc::sema
