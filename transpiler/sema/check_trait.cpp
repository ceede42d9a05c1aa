// Traits: declarations, conformance, and the built-in traits.
//
//   trait Shape:                       ⟶ Trait Shape, methods [area(self: Self) -> Float64 (required),
//       def area(self) -> Float64: ...                        describe(self: Self) (default body)]
//       def describe(self): print(...)
//
//   struct Sq(Shape): ...              ⟶ conformance checked here: every required method must
//                                        exist with the same signature; a missing default method
//                                        is copied into the struct and checked as its own method
//                                        (the body is re-checked with Self = Sq).
//
// Inside a trait, `Self` is a type parameter bounded by the trait.
#include <functional>

#include "sema/checker.hpp"

namespace mojoc::sema {

namespace {
// Signature text for diagnostics: `write_to(self, mut writer: Some[Writer])`.
std::string signature_text(const tir::Function& f) {
  std::string s = f.name + "(";
  bool first = true;
  if (f.method_kind == tir::MethodKind::Init) {
    s += "out self";
    first = false;
  }
  for (auto* p : f.params) {
    if (!first) s += ", ";
    first = false;
    if (p == f.self) {
      if (p->convention == ast::Convention::Mut) s += "mut ";
      s += "self";
      continue;
    }
    switch (p->convention) {
      case ast::Convention::Mut: s += "mut "; break;
      case ast::Convention::Owned: s += "var "; break;
      default: break;
    }
    s += p->name + ": ";
    s += p->type->kind == TypeKind::Writer ? std::string("Some[Writer]")
         : p->type->kind == TypeKind::TypeParam ? std::string("Self")
                                                : types::display(p->type);
  }
  s += ")";
  if (f.raises) s += " raises";
  if (f.result && f.result->kind != TypeKind::NoneType && f.method_kind != tir::MethodKind::Init)
    s += " -> " + (f.result->kind == TypeKind::TypeParam ? std::string("Self") : types::display(f.result));
  return s;
}

// All methods of a trait and its bases, the trait's own first.
void collect(const tir::Trait* t, std::vector<std::pair<const tir::Trait*, const tir::Function*>>& out) {
  for (auto& m : t->methods) {
    bool dup = false;
    for (auto& [_, f] : out) dup |= f->name == m->name;
    if (!dup) out.emplace_back(t, m.get());
  }
  for (auto* b : t->bases) collect(b, out);
}
}  // namespace

// The built-in traits, declared in C++ with the methods a conforming struct
// must define (Mojo's own stdlib declarations, reduced to their signatures).
const tir::Trait* Checker::builtin_trait(const std::string& name) {
  static std::map<std::string, std::unique_ptr<tir::Trait>> builtin_traits;
  if (auto it = builtin_traits.find(name); it != builtin_traits.end()) return it->second.get();
  struct Req {
    const char* method;
    Type result;
    std::vector<std::pair<const char*, Type>> args;  // nullptr type = Self
    bool mut_self = false;
    bool init = false;
  };
  static const std::map<std::string, std::vector<Req>> table = {
      {"Writable", {{"write_to", types::none(), {{"writer", types::get(TypeKind::Writer)}}}}},
      {"Stringable", {{"__str__", types::string(), {}}}},          // legacy editions only (see lookup_trait)
      {"Representable", {{"__repr__", types::string(), {}}}},
      {"Sized", {{"__len__", types::int_(), {}}}},
      {"Boolable", {{"__bool__", types::bool_(), {}}}},
      {"Intable", {{"__int__", types::int_(), {}}}},
      {"Floatable", {{"__float__", types::float64(), {}}}},
      {"Equatable", {{"__eq__", types::bool_(), {{"other", nullptr}}}}},
      {"EqualityComparable", {{"__eq__", types::bool_(), {{"other", nullptr}}}}},
      {"Comparable", {{"__lt__", types::bool_(), {{"other", nullptr}}}, {"__eq__", types::bool_(), {{"other", nullptr}}}}},
      {"Hashable", {{"__hash__", types::uint(), {}}}},
      {"Defaultable", {{"__init__", types::none(), {}, false, true}}},
      {"Absable", {{"__abs__", nullptr, {}}}},
  };
  auto it = table.find(name);
  if (it == table.end()) return nullptr;
  auto t = std::make_unique<tir::Trait>();
  t->name = name;
  Type self_t = types::make_param("Self", {t.get()});
  for (auto& r : it->second) {
    auto f = std::make_unique<tir::Function>();
    f->name = r.method;
    f->method_kind = r.init ? tir::MethodKind::Init : tir::MethodKind::Instance;
    auto add = [&](const std::string& n, Type ty, ast::Convention c) {
      auto l = std::make_unique<tir::Local>();
      l->name = n;
      l->type = ty;
      l->is_param = true;
      l->convention = c;
      l->id = static_cast<int>(f->locals.size());
      tir::Local* raw = l.get();
      f->locals.push_back(std::move(l));
      return raw;
    };
    if (r.init) {
      f->self = add("self", self_t, ast::Convention::Out);
      f->result = self_t;
    } else {
      f->self = add("self", self_t, r.mut_self ? ast::Convention::Mut : ast::Convention::Read);
      f->params.push_back(const_cast<tir::Local*>(f->self));
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
      f->result = r.result ? r.result : self_t;
    }
    for (auto& [n, ty] : r.args) {
      bool is_writer = ty && ty->kind == TypeKind::Writer;
      f->params.push_back(add(n, ty ? ty : self_t, is_writer ? ast::Convention::Mut : ast::Convention::Read));
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
    }
    t->methods.push_back(std::move(f));
    t->has_default.push_back(false);
  }
  // Comparable refines Equatable (its defaults need __eq__); the old name is the same trait
  if (name == "Comparable") t->bases.push_back(builtin_trait("Equatable"));
  if (name == "EqualityComparable") t->bases.push_back(builtin_trait("Equatable"));
  const tir::Trait* raw = t.get();
  builtin_traits[name] = std::move(t);
  return raw;
}

void Checker::declare_trait(ModuleInfo& m, const ast::TraitDef& def) {
  auto t = std::make_unique<tir::Trait>();
  t->name = def.name;
  t->span = def.name_span.valid() ? def.name_span : def.span;
  t->module = m.module;
  if (auto* prev = m.scope.lookup_local(def.name)) {
    error(diag::Code::Redefinition, t->span, "invalid redefinition of '" + def.name + "'")
        .note(prev->span, "previous definition here");
    return;
  }
  if (!def.params.empty()) unsupported(def.params[0].span, "compile-time parameters on a trait");
  for (auto& b : def.bases) {
    if (b->kind == ast::ExprKind::Name) {
      const std::string& n = b->as<ast::NameExpr>().name;
      const Symbol* s = lookup(n);
      if (s && s->kind == Symbol::Kind::Trait) { t->bases.push_back(s->trait); continue; }
      if (const tir::Trait* bt = builtin_trait(n)) { t->bases.push_back(bt); continue; }
      if (n == "Copyable" || n == "Movable" || n == "ImplicitlyCopyable" || n == "AnyType" || n == "Deinitable") continue;
    }
    error(diag::Code::UnknownType, b->span, "use of unknown trait");
  }
  auto info = std::make_unique<TraitInfo>();
  info->def = &def;
  info->decl = t.get();
  Type saved = trait_self;
  trait_self = types::make_param("Self", {t.get()});
  for (auto& sp : def.body) {
    if (!sp) continue;
    if (sp->kind == ast::StmtKind::Function) {
      auto& fd = sp->as<ast::FunctionDef>();
      auto f = build_signature(m, fd, nullptr);
      bool required = fd.body.empty() || (fd.body.size() == 1 && fd.body[0]->kind == ast::StmtKind::Expr &&
                                          fd.body[0]->as<ast::ExprStmt>().expr->kind == ast::ExprKind::Ellipsis);
      if (!required) info->defaults[f.get()] = &fd;
      t->has_default.push_back(!required);
      t->methods.push_back(std::move(f));
    } else if (sp->kind == ast::StmtKind::Comptime) {
      auto& c = sp->as<ast::ComptimeStmt>();
      t->comptime_members.emplace_back(c.name, c.type ? resolve_type(*c.type) : types::invalid());
    } else if (sp->kind == ast::StmtKind::Pass ||
               (sp->kind == ast::StmtKind::Expr && (sp->as<ast::ExprStmt>().expr->kind == ast::ExprKind::StringLit ||
                                                    sp->as<ast::ExprStmt>().expr->kind == ast::ExprKind::Ellipsis))) {
      continue;
    } else {
      unsupported(sp->span, "this statement in a trait");
    }
  }
  trait_self = saved;
  Symbol sym;
  sym.kind = Symbol::Kind::Trait;
  sym.trait = t.get();
  sym.span = t->span;
  m.scope.define(def.name, sym);
  trait_infos[t.get()] = std::move(info);
  m.module->traits.push_back(std::move(t));
}

const tir::Function* Checker::trait_method(const tir::Trait* t, const std::string& name) const {
  std::vector<std::pair<const tir::Trait*, const tir::Function*>> all;
  collect(t, all);
  for (auto& [_, f] : all)
    if (f->name == name) return f;
  return nullptr;
}

// Mojo's Int, Bool, String... conform to Intable, Equatable, Comparable and
// friends; mojoc cannot instantiate generic code over them for those traits yet.
bool Checker::conforms(Type t, const tir::Trait* trait) const {
  if (t->kind == TypeKind::Invalid) return true;
  std::function<bool(const tir::Trait*)> has = [&](const tir::Trait* x) {
    if (x == trait) return true;
    for (auto* b : x->bases)
      if (has(b)) return true;
    return false;
  };
  if (types::is_struct(t)) {
    for (auto* x : t->decl->traits)
      if (has(x)) return true;
    return false;
  }
  if (t->kind == TypeKind::TypeParam) {
    for (auto* x : t->bounds)
      if (has(x)) return true;
    return false;
  }
  // Built-in types: generic code is instantiated per type (instantiate.cpp),
  // so an instance uses the type's own operators; these are the built-in
  // traits Mojo's scalars and strings declare.
  if (trait->module) return false;
  const std::string& n = trait->name;
  bool numeric = types::is_numeric(t), is_bool = t == types::bool_(), str = types::is_stringlike(t);
  if (n == "Writable" || n == "Stringable" || n == "Hashable" || n == "Equatable" || n == "EqualityComparable" ||
      n == "Comparable" || n == "Boolable")
    return numeric || is_bool || str;
  if (n == "Representable") return numeric || is_bool || t == types::string();
  if (n == "Intable" || n == "Floatable") return numeric || is_bool;
  if (n == "Absable") return numeric;
  if (n == "Defaultable") return numeric || is_bool || t == types::string();
  if (n == "Sized") return str;
  return false;
}

// Checks that a struct provides what its traits require; copies in the
// default methods it does not define.
void Checker::check_conformance(StructInfo& si) {
  tir::Struct& st = *si.decl;
  std::vector<const tir::Trait*> all_traits;
  all_traits = st.traits;
  for (const tir::Trait* trait : all_traits) {
    std::vector<std::pair<const tir::Trait*, const tir::Function*>> reqs;
    collect(trait, reqs);
    for (auto& [owner_trait, req] : reqs) {
      auto it = si.methods.find(req->name);
      const tir::Function* found = nullptr;
      std::string why;
      if (it != si.methods.end()) {
        for (auto* cand : it->second) {
          if (req->method_kind == tir::MethodKind::Init) {
            if (cand->method_kind == tir::MethodKind::Init && cand->params.size() == req->params.size() &&
                cand->raises == req->raises)
              found = cand;
            else if (cand->method_kind == tir::MethodKind::Init && cand->raises && !req->raises)
              why = "it raises";
            continue;
          }
          bool same = cand->params.size() == req->params.size() && cand->raises == req->raises;
          for (std::size_t i = 0; same && i < cand->params.size(); ++i) {
            Type want = req->params[i]->type->kind == TypeKind::TypeParam ? st.type : req->params[i]->type;
            same = cand->params[i]->type == want || cand->params[i]->type->kind == TypeKind::Invalid;
            // a method that only reads may stand in for one allowed to mutate (Mojo accepts it)
            bool want_mut = req->params[i]->convention == ast::Convention::Mut;
            bool have_mut = cand->params[i]->convention == ast::Convention::Mut;
            same = same && (want_mut == have_mut || (want_mut && cand->params[i] == cand->self));
            // a requirement on a borrowed self is not met by a method that consumes self
            if (cand->params[i] == cand->self && req->params[i] == req->self &&
                (cand->params[i]->convention == ast::Convention::Owned || cand->params[i]->convention == ast::Convention::Deinit) &&
                req->params[i]->convention != ast::Convention::Owned)
              same = false;
          }
          Type want_result = req->result->kind == TypeKind::TypeParam ? st.type : req->result;
          if (same && cand->result != want_result && cand->result->kind != TypeKind::Invalid) {
            same = false;
            why = "its result type is '" + types::display(cand->result) + "'";
          }
          if (same) found = cand;
          else if (why.empty()) why = "its signature is '" + signature_text(*cand) + "'";
        }
      }
      // Mojo 1.x's Hashable: `def __hash__[H: Hasher](self, mut hasher: H)` (the
      // runtime's containers call its instance for their hasher; check_bindings.cpp)
      if (!found && trait->name == "Hashable" && !trait->module && it != si.methods.end())
        for (auto* cand : it->second)
          if (cand->is_generic && cand->params.size() == 2) found = cand;
      if (found) continue;
      if (trait->name == "Writable" && !trait->module && req->name == "write_to" && it == si.methods.end()) {
        synthesize_writable(si);  // Mojo 1.x reflects over the fields
        continue;
      }
      bool has_default = false;
      for (std::size_t i = 0; i < owner_trait->methods.size(); ++i)
        if (owner_trait->methods[i].get() == req) has_default = owner_trait->has_default[i];
      if (has_default && it == si.methods.end()) {
        // inherit the default: its body is checked as a method of this struct
        TraitInfo& ti = *trait_infos.at(owner_trait);
        const ast::FunctionDef& fd = *ti.defaults.at(req);
        ModuleInfo* tm = si.module;
        for (auto& mi : modules)
          if (mi->module == owner_trait->module) tm = mi.get();
        StructInfo* saved = cur_struct;
        cur_struct = &si;
        auto f = build_signature(*tm, fd, &st);
        cur_struct = saved;
        tir::Function* raw = f.get();
        si.defs[raw] = &fd;
        si.def_module[raw] = tm;
        si.inherited[raw] = &ti;
        si.methods[fd.name].push_back(raw);
        st.methods.push_back(std::move(f));
        continue;
      }
      // Mojo points at the struct's name and names the trait that declares the requirement
      auto& d = error(diag::Code::NotConforming, st.span,
                      "'" + st.name + "' does not conform to trait '" + trait->name + "': it does not implement all requirements for '" +
                          owner_trait->name + "': " +
                          (it == si.methods.end() ? "missing `" + signature_text(*req) + "`"
                                                  : "`" + req->name + "` does not match the requirement `" +
                                                        signature_text(*req) + "`"));
      if (!why.empty() && it != si.methods.end()) d.note(it->second[0]->span, "'" + req->name + "' declared here: " + why);
      if (req->span.valid()) d.note(req->span, "requirement declared here");
    }
    for (auto& [name, type] : trait->comptime_members) {
      if (!si.constants.count(name))
        error(diag::Code::NotConforming, st.span,
              "'" + st.name + "' does not conform to trait '" + trait->name + "': missing `comptime " + name + "`");
    }
  }
}

// Writable without write_to (Mojo 1.x): the fields, by reflection.
//   write_to       ⟶ writer.write("Point(", "x=", self.x, ", y=", self.y, ")")
//   write_repr_to  ⟶ writer.write("Point(", "x=", repr(self.x), ...)        (unless the user wrote one)
void Checker::synthesize_writable(StructInfo& si) {
  tir::Struct& st = *si.decl;
  auto make = [&](const char* name, bool repr) {
    auto f = std::make_unique<tir::Function>();
    f->name = name;
    f->span = st.span;
    f->module = st.module;
    f->owner = &st;
    f->method_kind = tir::MethodKind::Instance;
    f->synthesized = true;
    f->body_checked = true;
    f->result = types::none();
    auto add = [&](const char* n, Type t, ast::Convention c) {
      auto l = std::make_unique<tir::Local>();
      l->name = n;
      l->type = t;
      l->span = st.span;
      l->id = static_cast<int>(f->locals.size());
      l->is_param = true;
      l->convention = c;
      l->is_mutable = c == ast::Convention::Mut;
      tir::Local* raw = l.get();
      f->params.push_back(raw);
      f->defaults.push_back(nullptr);
      f->keyword_only.push_back(false);
      f->locals.push_back(std::move(l));
      return raw;
    };
    tir::Local* self = add("self", st.type, ast::Convention::Read);
    f->self = self;
    tir::Local* w = add("writer", types::get(TypeKind::Writer), ast::Convention::Mut);
    std::vector<tir::ExprPtr> xs{std::make_shared<tir::LocalRef>(w, st.span)};
    auto text = [&](const std::string& s) { return std::make_shared<tir::StringConst>(types::string_literal(), st.span, s); };
    xs.push_back(text(st.name + "("));
    for (std::size_t i = 0; i < st.fields.size(); ++i) {
      xs.push_back(text((i ? ", " : "") + st.fields[i].name + "="));
      tir::ExprPtr v = std::make_shared<tir::FieldRef>(st.fields[i].type, st.span,
                                                       std::make_shared<tir::LocalRef>(self, st.span), static_cast<int>(i));
      if (repr) v = std::make_shared<tir::Op>(tir::OpKind::Repr, types::string(), st.span, std::vector<tir::ExprPtr>{v});
      xs.push_back(v);
    }
    xs.push_back(text(")"));
    f->body.push_back(std::make_unique<tir::ExprStmt>(
        st.span, std::make_shared<tir::Op>(tir::OpKind::WriterWrite, types::none(), st.span, std::move(xs))));
    tir::Function* raw = f.get();
    si.methods[name].push_back(raw);
    st.methods.push_back(std::move(f));
  };
  make("write_to", false);
  if (!si.methods.count("write_repr_to")) make("write_repr_to", true);
}

}  // namespace mojoc::sema
