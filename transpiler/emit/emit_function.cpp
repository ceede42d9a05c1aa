// Functions: one C++ function per Mojo function.
//
//   def f(x: Int, mut y: Int, s: String) raises -> Int
//     ⟶ mojo::Raises<mojo::Int> f(mojo::Int x, mojo::Int& y, const mojo::String& s)
//   def main()  ⟶ void main()   (namespaced; the C++ ::main calls it via run_main)
#include "emit/emitter.hpp"

namespace mojoc::emit {

std::string Emitter::cpp_type(sema::Type t) const {
  if (t->kind == tir::TypeKind::IntLiteral) return "mojo::Int";
  if (t->kind == tir::TypeKind::FloatLiteral) return "double";
  if (t->kind == tir::TypeKind::Struct) {
    const tir::Struct& st = *t->decl;
    if (!st.binding.empty()) return bound_type(st);
    if (st.module == cur_module) return struct_name(st);
    return "::" + ns_of(*st.module) + "::" + struct_name(st);
  }
  if (t->kind == tir::TypeKind::TypeParam) return ident(t->mojo_name);
  if (t->kind == tir::TypeKind::Pointer) return cpp_type(t->elem) + "*";
  if (t->kind == tir::TypeKind::FnType) return function_pointer_type(t);
  if (t->kind == tir::TypeKind::Closure) return "auto";
  if (t->kind == tir::TypeKind::Kwargs) return "mojo::Kwargs<" + cpp_type(t->elem) + ">";
  if (t->kind == tir::TypeKind::KwEntry) return "mojo::KwargsEntry<" + cpp_type(t->elem) + ">";
  if (t->kind == tir::TypeKind::Variadic) return (t->thin ? "mojo::MutVariadic<" : "mojo::Variadic<") + cpp_type(t->elem) + ">";
  return t->cpp_name;
}

// How a parameter is passed: scalars by value; other values by const
// reference when read, by reference when `mut` (or `deinit` in a move
// constructor), by value when owned (`var`).
std::string Emitter::param_type(const tir::Local& p) const {
  // a closure reaches generic code as a reference to the caller's lambda
  if (p.type->kind == tir::TypeKind::Closure) return p.is_mutable ? "auto" : "const auto&";
  if (p.type->kind == tir::TypeKind::Variadic) return cpp_type(p.type);  // a view: by value
  if (p.type->kind == tir::TypeKind::NoneType) return "mojo::NoneType";  // `none: NoneType` takes mojo::None
  std::string t = cpp_type(p.type);
  bool scalar = p.type->kind != tir::TypeKind::String && p.type->kind != tir::TypeKind::Error &&
                p.type->kind != tir::TypeKind::Struct && p.type->kind != tir::TypeKind::TypeParam &&
                p.type->kind != tir::TypeKind::Writer;
  if (p.convention == ast::Convention::Mut || p.convention == ast::Convention::Deinit ||
      p.type->kind == tir::TypeKind::Writer)
    return t + "&";
  if (!scalar && !p.is_mutable) return "const " + t + "&";
  return t;
}

std::string Emitter::result_type(const tir::Function& f) const {
  std::string r = cpp_type(f.result);
  if (f.returns_ref) return (const_variant || f.ref_result_immutable ? "const " : "") + r + "&";  // `-> ref [origin] T`
  if (f.raises && f.error_type) return "mojo::Raises<" + r + ", " + cpp_type(f.error_type) + ">";  // typed raises
  if (f.raises) return "mojo::Raises<" + r + ">";
  return r;
}

std::string Emitter::signature(const tir::Function& f, bool definition) const {
  std::string s;
  if (!f.type_params.empty()) {
    s = "template <";
    for (std::size_t i = 0; i < f.type_params.size(); ++i) s += (i ? ", class " : "class ") + ident(f.type_params[i]->mojo_name);
    s += "> ";
  }
  // a method: `static P m__init__(...)` in its struct, `P P::m__init__(...)` outside it
  bool in_class = f.owner && !definition;
  bool is_static = f.method_kind == tir::MethodKind::Static || f.method_kind == tir::MethodKind::Init ||
                   f.method_kind == tir::MethodKind::Copy || f.method_kind == tir::MethodKind::Move;
  if (in_class && is_static) s += "static ";
  s += result_type(f) + " ";
  if (f.owner && definition) s += struct_name(*f.owner) + "::";
  s += f.owner ? method_name(f) : f.cpp_name.empty() ? ident(f.name) : f.cpp_name;
  s += "(";
  bool first = true;
  for (std::size_t i = 0; i < f.params.size(); ++i) {
    const tir::Local& p = *f.params[i];
    if (&p == f.self) continue;  // the receiver is `*this`
    if (!first) s += ", ";
    first = false;
    if (definition && !read_locals.count(&p)) s += "[[maybe_unused]] ";
    // what a `ref` result may alias is passed by mutable reference
    // (always by reference: the result may point into it)
    bool ref_origin = f.returns_ref && p.convention == ast::Convention::Ref;
    bool read_only = const_variant || f.ref_result_immutable;
    std::string pt = ref_origin ? (read_only ? "const " : "") + cpp_type(p.type) + "&" : param_type(p);
    s += pt + " " + local_name(p);
    // The API header repeats Mojo's default values for C++ callers (generated
    // calls always pass every argument, so the .cpp never relies on them).
    if (!definition && cur_module == program.root && f.defaults[i]) s += " = " + constant(*f.defaults[i], false);
  }
  s += ")";
  // a read-only receiver makes a const member function
  if (f.owner && f.self && (f.method_kind == tir::MethodKind::Instance) && !receiver_is_mutable(f)) s += " const";
  return s;
}

// A runtime class template's instance: mojo::List<mojo::Int>,
// mojo::InlineArray<double, 4>, mojo::Tuple<mojo::Int, mojo::String>.
std::string Emitter::bound_type(const tir::Struct& st) const {
  std::string args;
  std::function<void(const tir::ParamValue&)> add = [&](const tir::ParamValue& v) {
    if (v.is_pack) {
      for (auto& e : v.pack) add(e);
      return;
    }
    if (!args.empty()) args += ", ";
    if (v.type) args += cpp_type(v.type);
    else if (v.value) args += strip_parens(const_cast<Emitter*>(this)->constant(*v.value, true));
  };
  for (auto& v : st.param_values) add(v);
  if (st.param_values.empty()) return st.binding;
  return st.binding + "<" + args + ">";
}

std::string Emitter::method_name(const tir::Function& f) {
  if (f.bound && !f.binding.empty()) return f.binding;
  switch (f.method_kind) {
    case tir::MethodKind::Init: return "m__init__";
    case tir::MethodKind::Copy: return "m__copyinit__";
    case tir::MethodKind::Move: return "m__moveinit__";
    case tir::MethodKind::Del: return "m__del__";
    default:
      // a runtime class's member keeps its Mojo name (dunders: m__len__), whatever
      // the instance or C++-keyword escaping would call a generated one
      if (f.bound) return f.name.rfind("__", 0) == 0 ? "m" + f.name : f.name;
      return f.cpp_name.empty() ? ident(f.name) : f.cpp_name;
  }
}

namespace {
struct ReadCollector {
  std::set<const tir::Local*>& out;
  void expr(const tir::Expr& e) {
    if (e.kind == tir::ExprKind::LocalRef) out.insert(e.as<tir::LocalRef>().local);
    if (e.kind == tir::ExprKind::TempRef) out.insert(e.as<tir::TempRef>().temp);
    if (e.kind == tir::ExprKind::Closure) {  // what a closure reaches by reference is read through it
      for (const tir::Local* l : e.as<tir::ClosureExpr>().fn->captured_refs) out.insert(l);
      for (auto& inst : e.as<tir::ClosureExpr>().instances) expr(*inst.second);
    }
    if (e.kind == tir::ExprKind::Then)
      for (auto& st : e.as<tir::Then>().after) stmt(*st);
    tir::for_each_child(const_cast<tir::Expr&>(e), [&](tir::ExprPtr& x) { expr(*x); });
  }
  void block(const tir::Block& b) {
    for (auto& s : b) stmt(*s);
  }
  void stmt(const tir::Stmt& s) {
    switch (s.kind) {
      case tir::StmtKind::Expr: expr(*s.as<tir::ExprStmt>().expr); break;
      case tir::StmtKind::VarDecl: if (s.as<tir::VarDecl>().init) expr(*s.as<tir::VarDecl>().init); break;
      case tir::StmtKind::Destroy: expr(*s.as<tir::Destroy>().target); break;
      case tir::StmtKind::Assign: {
        auto& a = s.as<tir::Assign>();
        expr(*a.value);
        if (a.target->kind == tir::ExprKind::FieldRef) expr(*a.target);
        // assigning through a reference parameter is a use
        if (a.target->kind == tir::ExprKind::LocalRef && a.target->as<tir::LocalRef>().local->is_param) expr(*a.target);
        break;
      }
      case tir::StmtKind::If: {
        auto& i = s.as<tir::If>();
        expr(*i.cond); block(i.then); block(i.orelse);
        break;
      }
      case tir::StmtKind::While: {
        auto& w = s.as<tir::While>();
        expr(*w.cond); block(w.body); block(w.orelse);
        break;
      }
      case tir::StmtKind::ForRange: {
        auto& f = s.as<tir::ForRange>();
        if (f.container) expr(*f.container);
        else { expr(*f.start); expr(*f.stop); }
        if (f.step) expr(*f.step);
        block(f.body); block(f.orelse);
        break;
      }
      case tir::StmtKind::Return:
        if (s.as<tir::Return>().value) expr(*s.as<tir::Return>().value);
        block(s.as<tir::Return>().cleanup);
        break;
      case tir::StmtKind::Raise: {
        auto& r = s.as<tir::Raise>();
        block(r.cleanup);
        if (r.value) expr(*r.value);
        if (r.reraise) out.insert(r.reraise);
        break;
      }
      case tir::StmtKind::Try: {
        auto& t = s.as<tir::Try>();
        block(t.body); block(t.handler); block(t.orelse); block(t.finalbody);
        break;
      }
      default: break;
    }
  }
};

bool ends_in_jump(const tir::Block& b) {
  if (b.empty()) return false;
  auto k = b.back()->kind;
  return k == tir::StmtKind::Return || k == tir::StmtKind::Raise;
}
}  // namespace

// A `ref self` method with a `ref` result hands out a mutable reference
// into *this, so it is not a const member.
bool Emitter::receiver_is_mutable(const tir::Function& f) const {
  return f.self && (f.self->is_mutable || (f.returns_ref && f.self->convention == ast::Convention::Ref && !const_variant &&
                                           !f.ref_result_immutable));
}

bool Emitter::has_const_variant(const tir::Function& f) {
  if (!f.returns_ref || f.ref_result_immutable) return false;
  for (auto* p : f.params)
    if (p->convention == ast::Convention::Ref) return true;
  return false;
}

void Emitter::each_variant(const tir::Function& f, const std::function<void()>& emit_one) {
  if (f.is_generic) return;  // only its instances exist in C++
  if (f.bound) return;       // the C++ runtime defines it (stdlib/README.md)
  emit_one();
  if (!has_const_variant(f)) return;
  const_variant = true;
  emit_one();
  const_variant = false;
}

bool Emitter::is_constructor(const tir::Function& f) {
  return f.method_kind == tir::MethodKind::Init || f.method_kind == tir::MethodKind::Copy ||
         f.method_kind == tir::MethodKind::Move;
}

void Emitter::collect_reads(const tir::Block& b) { ReadCollector{read_locals}.block(b); }
void Emitter::collect_reads(const tir::Expr& e) { ReadCollector{read_locals}.expr(e); }

// The per-body state of the emitter, fresh for f (a closure keeps its
// enclosing function's names taken: it is emitted inside it).
void Emitter::enter_body(const tir::Function& f, bool nested) {
  cur_fn = &f;
  read_locals.clear();
  if (!nested) {
    local_names.clear();
    counter = 0;
  }
  collect_reads(f.body);
  for (auto& l : f.locals) local_names.insert(local_name(*l));
  raise_targets.clear();
  raise_targets.push_back(RaiseTarget{});
  finally_frames.clear();
  loops.clear();
  hoisted.clear();
}

void Emitter::function(const tir::Function& f) {
  enter_body(f, false);
  line(f.span);
  out_line(signature(f, true) + " {");
  ++indent;
  bool ctor = is_constructor(f);
  if (f.owner && f.self) {
    // the receiver: `*this`, or the value a constructor builds
    std::string attr = read_locals.count(f.self) ? "" : "[[maybe_unused]] ";
    std::string t = cpp_type(f.self->type);
    std::string n = local_name(*f.self);
    if (ctor) out_line(t + " " + n + "{};");
    else out_line(attr + (receiver_is_mutable(f) ? t + "& " : "const " + t + "& ") + n + " = *this;");
  }
  if (f.out_result) out_line(cpp_type(f.out_result->type) + " " + local_name(*f.out_result) + "{};");
  // temporaries live until sema destroys them (lifetimes.cpp)
  for (auto& l : f.locals)
    if (l->is_temporary) out_line(cpp_type(l->type) + " " + local_name(*l) + "{};");
  block(f.body);
  if (!ends_in_jump(f.body)) {
    if (ctor) out_line("return " + local_name(*f.self) + ";");
    else if (f.out_result) out_line("return " + local_name(*f.out_result) + ";");
    else if (f.result->kind != tir::TypeKind::NoneType) out_line("__builtin_unreachable();");
    else if (f.raises) out_line("return {};");
  }
  --indent;
  out_line("}");
  cur_fn = nullptr;
}

}  // namespace mojoc::emit
